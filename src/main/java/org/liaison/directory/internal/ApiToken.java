package org.liaison.directory.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A personal API token; only its SHA-256 hash and a short prefix (to recognise it) are kept. */
record ApiToken(@Id Long id, Long officerId, String name, String tokenHash, String prefix,
                long createdMs, long lastUsedMs, long revokedMs, @Version Integer version) {

    boolean revoked() {
        return revokedMs > 0;
    }

    ApiToken revoke(long nowMs) {
        return new ApiToken(id, officerId, name, tokenHash, prefix, createdMs, lastUsedMs, nowMs, version);
    }

    ApiToken used(long nowMs) {
        return new ApiToken(id, officerId, name, tokenHash, prefix, createdMs, nowMs, revokedMs, version);
    }
}
