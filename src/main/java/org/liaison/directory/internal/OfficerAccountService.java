package org.liaison.directory.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.directory.OfficerAccounts;
import org.liaison.directory.Role;
import org.liaison.shared.CurrentOfficer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officers' log-in state and API tokens. */
@Service
class OfficerAccountService implements OfficerAccounts {

    static final String TOKEN_PREFIX = "lia_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Officers officers;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    OfficerAccountService(Officers officers, ApiTokens tokens, AuditLog audit) {
        this.officers = officers;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerLogin> findLogin(String username) {
        return officers.findByUsername(username).map(o -> new OfficerLogin(current(o), o.passwordHash(),
                o.enabled(), o.lockedAt(clock.millis()), o.preferredLang()));
    }

    @Override
    @Transactional
    public void loginFailed(String username, String remoteAddr) {
        officers.findByUsername(username).ifPresent(o -> {
            o.loginFailed(clock.millis());
            officers.save(o);
            audit.append(new AuditEntry(username, o.agencyCode(), "LOGIN_FAILED", "officer", String.valueOf(o.id()),
                    remoteAddr, o.lockedAt(clock.millis()) ? "account locked after repeated failures" : ""));
        });
    }

    @Override
    @Transactional
    public void loginSucceeded(String username, String remoteAddr) {
        officers.findByUsername(username).ifPresent(o -> {
            // only write the row when there is something to reset: an officer logging in on two devices at once
            // would otherwise have one login fail on the row's version check
            if (o.loginSucceeded()) {
                officers.save(o);
            }
            audit.append(new AuditEntry(username, o.agencyCode(), "LOGIN", "officer", String.valueOf(o.id()),
                    remoteAddr, ""));
        });
    }

    @Override
    @Transactional
    public Optional<CurrentOfficer> authenticateToken(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(TOKEN_PREFIX) || rawToken.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(rawToken))
                .filter(t -> !t.revoked())
                .flatMap(t -> {
                    if (clock.millis() - t.lastUsedMs() > 60_000) {
                        tokens.save(t.used(clock.millis()));
                    }
                    return officers.findById(t.officerId());
                })
                .filter(o -> o.enabled() && !o.lockedAt(clock.millis()))
                .map(OfficerAccountService::current);
    }

    @Override
    @Transactional
    public CreatedToken createToken(CurrentOfficer owner, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a token needs a name of 1-100 characters; got '" + name + "'");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return store(owner, name, raw);
    }

    /** Stores a token with a given raw value; the demo uses it for its published demo token. */
    CreatedToken store(CurrentOfficer owner, String name, String raw) {
        long now = clock.millis();
        ApiToken saved = tokens.save(new ApiToken(null, owner.id(), name, hash(raw),
                raw.substring(0, Math.min(12, raw.length())), now, 0, 0, null));
        audit.append(new AuditEntry(owner.username(), owner.agency(), "CREATE", "api_token",
                String.valueOf(saved.id()), "", name));
        return new CreatedToken(saved.id(), name, raw);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenSummary> tokens(CurrentOfficer owner) {
        return tokens.findByOfficerIdOrderByCreatedMsDesc(owner.id()).stream()
                .map(t -> new TokenSummary(t.id(), t.name(), t.prefix(), Instant.ofEpochMilli(t.createdMs()),
                        t.lastUsedMs() == 0 ? null : Instant.ofEpochMilli(t.lastUsedMs()), t.revoked()))
                .toList();
    }

    @Override
    @Transactional
    public boolean revokeToken(CurrentOfficer owner, long tokenId) {
        return tokens.findById(tokenId)
                .filter(t -> t.officerId() == owner.id() && !t.revoked())
                .map(t -> {
                    tokens.save(t.revoke(clock.millis()));
                    audit.append(new AuditEntry(owner.username(), owner.agency(), "REVOKE", "api_token",
                            String.valueOf(tokenId), "", t.name()));
                    return true;
                }).orElse(false);
    }

    @Override
    @Transactional
    public void preferLanguage(CurrentOfficer officer, String lang) {
        officers.findById(officer.id()).ifPresent(o -> {
            o.preferLanguage(lang);
            officers.save(o);
        });
    }

    static CurrentOfficer current(Officer o) {
        return new CurrentOfficer(o.id(), o.username(), o.fullName(), o.agencyCode(), o.unitId(),
                o.roleSet().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
