package org.liaison.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One chained row of the audit log. */
public record AuditRecord(long seq, Instant at, AuditEntry entry, String prevHash, String hash) {

    /** The chain's link before the first row. */
    public static final String GENESIS = "0".repeat(64);
    /** Separates the fields in the hashed text; fields never contain it (the log replaces it when appending). */
    public static final char SEPARATOR = '\u001f';

    /**
     * The row's hash: SHA-256 over the previous row's hash and every field, so anyone holding the rows (an exported
     * file, say) can re-compute the chain without the database.
     */
    public static String chainHash(long seq, long atMs, AuditEntry e, String prev) {
        String canonical = String.join(String.valueOf(SEPARATOR), prev, Long.toString(seq), Long.toString(atMs),
                e.actor(), e.agency(), e.action(), e.recordType(), e.recordId(), e.remoteAddr(), e.detail());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Whether the row's fields and link still give its hash. */
    public boolean hashFits() {
        return chainHash(seq, at.toEpochMilli(), entry, prevHash).equals(hash);
    }
}
