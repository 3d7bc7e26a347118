package org.liaison.persons.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Wanted-notice photos. A photo is accepted by what its bytes are, never by the file name or the type the browser
 * claims: a JPEG or PNG signature, at most {@link #MAX_BYTES}.
 */
@Component
class Photos {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Larger photos stay home when a notice is shared; the partner is told one exists. */
    static final int MAX_SHARED_BYTES = 512 * 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final JdbcTemplate jdbc;

    Photos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code image/jpeg} or {@code image/png} by the file's signature, or empty for anything else. */
    static Optional<String> contentType(byte[] bytes) {
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** Why these bytes cannot be a notice photo, or empty. */
    static Optional<Explanation> problem(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Optional.of(Explanation.of("persons.validation.photo.tooLarge",
                    String.valueOf((bytes.length + 1023) / 1024), String.valueOf(MAX_BYTES / 1024 / 1024)));
        }
        if (contentType(bytes).isEmpty()) {
            return Optional.of(Explanation.of("persons.validation.photo.type"));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    void put(UUID notice, NoticePhoto photo) {
        jdbc.update("DELETE FROM wanted_notice_photo WHERE notice_id = ?", notice);
        jdbc.update("INSERT INTO wanted_notice_photo (notice_id, content_type, bytes) VALUES (?, ?, ?)", notice,
                photo.contentType(), photo.bytes());
    }

    void remove(UUID notice) {
        jdbc.update("DELETE FROM wanted_notice_photo WHERE notice_id = ?", notice);
    }

    /**
     * The photo with the type its bytes are now, not the type stored beside them: bytes that are no longer (or never
     * were) a JPEG or PNG are not served at all, since pages show photos inline.
     */
    Optional<NoticePhoto> find(UUID notice) {
        return jdbc.query("SELECT bytes FROM wanted_notice_photo WHERE notice_id = ?",
                (rs, i) -> rs.getBytes(1), notice).stream().findFirst()
                .flatMap(bytes -> contentType(bytes).map(type -> new NoticePhoto(type, bytes)));
    }
}
