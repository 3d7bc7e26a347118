package org.liaison.exchange.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The node's identity and key pairs, kept as JWK files (mode 600) in {@code <data>/keys}: a P-256 key to sign
 * (ES256) and one to receive (ECDH-ES). Rotation retires the current pair with an expiry; retired keys still
 * verify and decrypt until then, so messages and receipts made before the rotation keep verifying.
 */
final class NodeKeys {

    private final String nodeId;
    private final ECKey signing;
    private final ECKey encryption;
    private final List<ECKey> retired;

    private NodeKeys(String nodeId, ECKey signing, ECKey encryption, List<ECKey> retired) {
        this.nodeId = nodeId;
        this.signing = signing;
        this.encryption = encryption;
        this.retired = retired;
    }

    static boolean exist(Path dir) {
        return Files.exists(dir.resolve("signing.jwk")) && Files.exists(dir.resolve("encryption.jwk"));
    }

    /** Loads the keys, generating them on first start. */
    static NodeKeys loadOrGenerate(Path dir, String agency) {
        if (!exist(dir)) {
            generate(dir, agency);
        }
        return load(dir);
    }

    static NodeKeys generate(Path dir, String agency) {
        try {
            Files.createDirectories(dir.resolve("retired"));
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                Files.setPosixFilePermissions(dir.resolve("retired"), PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            if (!Files.exists(dir.resolve("node-id"))) {
                byte[] r = new byte[4];
                new SecureRandom().nextBytes(r);
                writePrivate(dir.resolve("node-id"), agency.toLowerCase() + "-" + HexFormat.of().formatHex(r));
            }
            writePrivate(dir.resolve("signing.jwk"), newKey(KeyUse.SIGNATURE).toJSONString());
            writePrivate(dir.resolve("encryption.jwk"), newKey(KeyUse.ENCRYPTION).toJSONString());
            return load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write keys to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** New current keys; the old ones move to {@code retired/} and expire after the grace period. */
    static NodeKeys rotate(Path dir, String agency, Duration grace) {
        NodeKeys old = load(dir);
        Date expiry = Date.from(Instant.now().plus(grace));
        try {
            for (ECKey k : List.of(old.signing, old.encryption)) {
                ECKey expiring = new ECKey.Builder(k).expirationTime(expiry).build();
                writePrivate(dir.resolve("retired").resolve(k.getKeyID() + ".jwk"), expiring.toJSONString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return generate(dir, agency);
    }

    static NodeKeys load(Path dir) {
        try {
            String nodeId = Files.readString(dir.resolve("node-id")).strip();
            ECKey signing = ECKey.parse(Files.readString(dir.resolve("signing.jwk")));
            ECKey encryption = ECKey.parse(Files.readString(dir.resolve("encryption.jwk")));
            List<ECKey> retired = new ArrayList<>();
            Path r = dir.resolve("retired");
            if (Files.isDirectory(r)) {
                try (Stream<Path> files = Files.list(r)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".jwk")).sorted().toList()) {
                        retired.add(ECKey.parse(Files.readString(f)));
                    }
                }
            }
            return new NodeKeys(nodeId, signing, encryption, retired);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read keys in " + dir + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new IllegalStateException("a key file in " + dir + " is not a valid JWK: " + e.getMessage(), e);
        }
    }

    private static ECKey newKey(KeyUse use) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(use).keyIDFromThumbprint(true).issueTime(new Date()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: rely on the folder's permissions
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    String nodeId() {
        return nodeId;
    }

    ECKey signing() {
        return signing;
    }

    ECKey encryption() {
        return encryption;
    }

    private List<ECKey> live(KeyUse use, ECKey current) {
        List<ECKey> keys = new ArrayList<>();
        keys.add(current);
        Date now = new Date();
        retired.stream().filter(k -> use.equals(k.getKeyUse()))
                .filter(k -> k.getExpirationTime() == null || k.getExpirationTime().after(now))
                .forEach(keys::add);
        return keys;
    }

    /** Current and not yet expired retired signing keys, public parts only. */
    List<ECKey> publicSigningKeys() {
        return live(KeyUse.SIGNATURE, signing).stream().map(ECKey::toPublicJWK).toList();
    }

    List<ECKey> publicEncryptionKeys() {
        return live(KeyUse.ENCRYPTION, encryption).stream().map(ECKey::toPublicJWK).toList();
    }

    Optional<ECKey> decryptionKey(String kid) {
        return live(KeyUse.ENCRYPTION, encryption).stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }

    Optional<ECKey> signingKey(String kid) {
        return live(KeyUse.SIGNATURE, signing).stream().filter(k -> k.getKeyID().equals(kid)).findFirst();
    }
}
