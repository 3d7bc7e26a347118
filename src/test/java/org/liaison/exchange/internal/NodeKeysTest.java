package org.liaison.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys are made once, kept private, and rotate with a grace period for the old ones. */
class NodeKeysTest {

    @TempDir
    Path dir;

    @Test
    void generatesKeysOnceAndKeepsThemPrivate() throws Exception {
        NodeKeys first = NodeKeys.loadOrGenerate(dir, "VN-CB");
        NodeKeys again = NodeKeys.loadOrGenerate(dir, "VN-CB");
        assertThat(again.signing().getKeyID()).isEqualTo(first.signing().getKeyID());
        assertThat(first.nodeId()).startsWith("vn-cb-");
        for (String f : new String[] {"signing.jwk", "encryption.jwk", "node-id"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f)))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(first.publicSigningKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    void rotatedKeysStillVerifyAndDecryptDuringTheGracePeriod() {
        NodeKeys old = NodeKeys.loadOrGenerate(dir, "VN-CB");
        NodeKeys rotated = NodeKeys.rotate(dir, "VN-CB", Duration.ofDays(30));
        assertThat(rotated.signing().getKeyID()).isNotEqualTo(old.signing().getKeyID());
        assertThat(rotated.nodeId()).isEqualTo(old.nodeId());
        assertThat(rotated.signingKey(old.signing().getKeyID())).isPresent();
        assertThat(rotated.decryptionKey(old.encryption().getKeyID())).isPresent();
        assertThat(rotated.publicSigningKeys()).hasSize(2);
    }

    @Test
    void expiredKeysNoLongerCount() {
        NodeKeys old = NodeKeys.loadOrGenerate(dir, "VN-CB");
        NodeKeys rotated = NodeKeys.rotate(dir, "VN-CB", Duration.ofMillis(-1));
        assertThat(rotated.signingKey(old.signing().getKeyID())).isEmpty();
        assertThat(rotated.decryptionKey(old.encryption().getKeyID())).isEmpty();
        assertThat(rotated.publicSigningKeys()).hasSize(1);
    }
}
