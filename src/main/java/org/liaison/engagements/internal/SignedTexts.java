package org.liaison.engagements.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed texts of agreements: PDF scans, judged by their bytes, kept on the node that attached them (each
 * side holds its own signed original; the file does not travel through the exchange). A new file replaces the
 * old one. Lists never load the bytes.
 */
@Component
class SignedTexts {

    /** Scans of a few dozen pages fit; the upload limit of the web server stops larger requests before this. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILE_NAME = 200;

    private final JdbcClient jdbc;

    SignedTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses, on the field {@code file}, bytes that are missing, too large or not a PDF. */
    static void check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused("engagements.validation.required");
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("engagements.signedText.tooLarge", String.valueOf((bytes.length + 1023) / 1024),
                    String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        if (!isPdf(bytes)) {
            throw refused("engagements.signedText.notPdf");
        }
    }

    private static EngagementsChangeRefused refused(String key, Object... args) {
        return EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.INVALID, "file", key, args);
    }

    /** A PDF starts with {@code %PDF-} and ends with an {@code %%EOF} marker near its end; a renamed file does not. */
    static boolean isPdf(byte[] b) {
        if (b.length < 16 || b[0] != '%' || b[1] != 'P' || b[2] != 'D' || b[3] != 'F' || b[4] != '-') {
            return false;
        }
        String tail = new String(b, Math.max(0, b.length - 1024), Math.min(1024, b.length), StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    void put(UUID agreementId, String fileName, byte[] bytes, String by, long now) {
        jdbc.sql("DELETE FROM signed_text WHERE agreement_id = ?").param(agreementId).update();
        jdbc.sql("INSERT INTO signed_text (agreement_id, file_name, size_bytes, sha256, bytes, attached_by, attached_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(agreementId, fileName, bytes.length, sha256(bytes), bytes, by, now)
                .update();
    }

    Optional<SignedTextInfo> info(UUID agreementId) {
        return jdbc.sql("SELECT file_name, size_bytes, sha256, attached_by, attached_ms FROM signed_text WHERE agreement_id = ?")
                .param(agreementId)
                .query((rs, n) -> new SignedTextInfo(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .optional();
    }

    Optional<SignedTextFile> file(UUID agreementId) {
        return jdbc.sql("SELECT file_name, bytes FROM signed_text WHERE agreement_id = ?")
                .param(agreementId)
                .query((rs, n) -> new SignedTextFile(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
