package org.liaison.cooperation.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.cooperation.internal.CooperationRefused.Problems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files attached to reports, requests and thread entries. An upload is accepted by what its bytes are and by its
 * size; it crosses the border in parts of {@link #PART_BYTES}, each a message of its own in the item's
 * conversation, so every message stays well inside the exchange's per-message limit (1 MiB by default); the
 * partner keeps the parts until the last one arrives, then checks the whole file against the announced hash.
 */
@Component
public class Attachments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 5;
    /** Raw bytes per part: base64 makes it 683 KiB of JSON, under the exchange's 1 MiB message limit. */
    static final int PART_BYTES = 512 * 1024;
    static final int MAX_NAME = 200;

    /** A file that passed the checks. */
    record Checked(UUID id, String fileName, FileKinds.Kind kind, byte[] bytes, String sha256) {

        int parts() {
            return partsFor(bytes.length);
        }
    }

    /** An attachment as lists show it; {@code complete} is false while parts are still arriving. */
    public record Line(UUID id, UUID owner, String fileName, String contentType, long size, int parts, int partsReceived,
                boolean complete) {
    }

    /** A complete file to download. */
    public record File(UUID id, UUID thread, String fileName, String contentType, byte[] bytes) {
    }

    private final JdbcTemplate jdbc;

    Attachments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Checks every upload (empty ones are skipped: a form's unused file field); problems go to {@code attachments[i]}. */
    static List<Checked> check(List<AttachmentUpload> uploads, Problems problems) {
        List<Checked> checked = new ArrayList<>();
        List<AttachmentUpload> given = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && u.bytes() != null && u.bytes().length > 0).toList();
        if (given.size() > MAX_FILES) {
            problems.invalid("attachments", "cooperation.attachment.tooMany", String.valueOf(MAX_FILES));
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            AttachmentUpload u = given.get(i);
            String name = fileName(u.fileName());
            String field = "attachments[" + i + "]";
            if (u.bytes().length > MAX_BYTES) {
                problems.invalid(field, "cooperation.attachment.tooLarge", name,
                        String.format(java.util.Locale.ROOT, "%.1f", u.bytes().length / 1024.0 / 1024.0),
                        String.valueOf(MAX_BYTES / 1024 / 1024));
                continue;
            }
            Optional<FileKinds.Kind> kind = FileKinds.of(u.bytes());
            if (kind.isEmpty()) {
                problems.invalid(field, "cooperation.attachment.type", name);
                continue;
            }
            if (FileKinds.disguised(name, kind.get())) {
                problems.invalid(field, "cooperation.attachment.disguised", name);
                continue;
            }
            checked.add(new Checked(UUID.randomUUID(), name, kind.get(), u.bytes(), sha256(u.bytes())));
        }
        return checked;
    }

    /** The name without any folder, control characters or surrounding blanks, at most {@link #MAX_NAME} characters. */
    static String fileName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
    }

    static int partsFor(long size) {
        return (int) Math.max(1, (size + PART_BYTES - 1) / PART_BYTES);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores checked uploads of this node, whole. */
    void store(UUID owner, UUID thread, List<Checked> files) {
        for (int i = 0; i < files.size(); i++) {
            Checked f = files.get(i);
            jdbc.update("""
                    INSERT INTO cooperation_attachment (id, owner_id, thread, ordinal, file_name, content_type, size_bytes,
                      sha256, parts, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    f.id(), owner, thread, i, f.fileName(), f.kind().contentType, f.bytes().length, f.sha256(), f.parts(),
                    f.bytes());
        }
    }

    /**
     * Records a partner's announced attachment; its bytes follow in parts (or came already: then it is joined now).
     *
     * @return the reason the parts already held do not make up the announced file, or empty
     */
    Optional<String> expect(UUID owner, UUID thread, int ordinal, Wire.FileMeta meta) {
        jdbc.update("""
                INSERT INTO cooperation_attachment (id, owner_id, thread, ordinal, file_name, content_type, size_bytes,
                  sha256, parts, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)""",
                meta.id(), owner, thread, ordinal, meta.fileName(), meta.contentType(), meta.size(), meta.sha256(),
                partsFor(meta.size()));
        return joinWhenComplete(meta.id());
    }

    /** Checks what a partner announces before anything is stored; the reason, or empty when it is acceptable. */
    static Optional<String> problem(Wire.FileMeta meta) {
        if (meta == null || meta.id() == null || meta.fileName() == null || meta.sha256() == null) {
            return Optional.of("an attachment needs an id, a name and a SHA-256");
        }
        if (meta.size() <= 0 || meta.size() > MAX_BYTES) {
            return Optional.of("attachment " + meta.id() + " has " + meta.size() + " bytes; 1 to " + MAX_BYTES + " are accepted");
        }
        var kind = FileKinds.byContentType(meta.contentType());
        if (kind.isEmpty()) {
            return Optional.of("attachment " + meta.id() + " has the refused type " + meta.contentType());
        }
        if (FileKinds.disguised(meta.fileName(), kind.get())) {
            return Optional.of("attachment " + meta.id() + " is named " + meta.fileName() + " but declared "
                    + meta.contentType());
        }
        if (!fileName(meta.fileName()).equals(meta.fileName())) {
            return Optional.of("attachment " + meta.id() + " has an unsafe file name");
        }
        return Optional.empty();
    }

    /**
     * Stores one part of a partner's attachment; with the last part, joins them and checks the whole file. A part
     * whose attachment is not announced yet is kept until it is.
     *
     * @return the reason the part or the joined file is refused, or empty when it was stored
     */
    Optional<String> receivePart(UUID attachment, int part, byte[] bytes) {
        var rows = jdbc.queryForList("SELECT parts, bytes IS NULL AS pending FROM cooperation_attachment WHERE id = ?",
                attachment);
        int parts = rows.isEmpty() ? MAX_BYTES / PART_BYTES : ((Number) rows.get(0).get("parts")).intValue();
        if (!rows.isEmpty() && !Boolean.TRUE.equals(rows.get(0).get("pending"))) {
            return Optional.of("attachment " + attachment + " is already complete");
        }
        if (part < 0 || part >= parts || bytes.length == 0 || bytes.length > PART_BYTES) {
            return Optional.of("part " + part + " of attachment " + attachment + " does not fit its " + parts + " parts");
        }
        jdbc.update("DELETE FROM cooperation_attachment_part WHERE attachment_id = ? AND part = ?", attachment, part);
        jdbc.update("INSERT INTO cooperation_attachment_part (attachment_id, part, bytes) VALUES (?, ?, ?)",
                attachment, part, bytes);
        return rows.isEmpty() ? Optional.empty() : joinWhenComplete(attachment);
    }

    /** Joins an announced attachment's parts once all are here and checks the file against what was announced. */
    private Optional<String> joinWhenComplete(UUID attachment) {
        var row = jdbc.queryForMap("SELECT size_bytes, sha256, parts, content_type FROM cooperation_attachment WHERE id = ?",
                attachment);
        List<byte[]> received = jdbc.query("SELECT bytes FROM cooperation_attachment_part WHERE attachment_id = ? ORDER BY part",
                (rs, i) -> rs.getBytes(1), attachment);
        if (received.size() < ((Number) row.get("parts")).intValue()) {
            return Optional.empty();
        }
        byte[] whole = join(received);
        if (whole.length != ((Number) row.get("size_bytes")).longValue() || !sha256(whole).equals(row.get("sha256"))) {
            return Optional.of("the parts of attachment " + attachment + " do not make up the announced file (size or SHA-256)");
        }
        if (!FileKinds.of(whole).map(k -> k.contentType).orElse("").equals(row.get("content_type"))) {
            return Optional.of("attachment " + attachment + " is not the " + row.get("content_type") + " it was announced as");
        }
        jdbc.update("UPDATE cooperation_attachment SET bytes = ? WHERE id = ?", whole, attachment);
        jdbc.update("DELETE FROM cooperation_attachment_part WHERE attachment_id = ?", attachment);
        return Optional.empty();
    }

    private static byte[] join(List<byte[]> parts) {
        int size = parts.stream().mapToInt(p -> p.length).sum();
        byte[] whole = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, whole, at, p.length);
            at += p.length;
        }
        return whole;
    }

    /** The bytes of part {@code part} of a stored file, for sending. */
    static byte[] part(byte[] whole, int part) {
        int from = part * PART_BYTES;
        return Arrays.copyOfRange(whole, from, Math.min(whole.length, from + PART_BYTES));
    }

    /** Every attachment shown in a thread (of the item and its entries), in order. */
    List<Line> inThread(UUID thread) {
        return jdbc.query("""
                SELECT a.id, a.owner_id, a.file_name, a.content_type, a.size_bytes, a.parts, a.bytes IS NULL AS pending,
                  (SELECT COUNT(*) FROM cooperation_attachment_part p WHERE p.attachment_id = a.id) AS received
                FROM cooperation_attachment a WHERE a.thread = ? ORDER BY a.owner_id, a.ordinal""",
                (rs, i) -> {
                    boolean pending = rs.getBoolean("pending");
                    int parts = rs.getInt("parts");
                    return new Line(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
                            rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), parts,
                            pending ? rs.getInt("received") : parts, !pending);
                }, thread);
    }

    /** The stored bytes of one owner's complete attachments, for sending them on. */
    List<Checked> ofOwner(UUID owner) {
        return jdbc.query("SELECT id, file_name, content_type, bytes, sha256 FROM cooperation_attachment"
                        + " WHERE owner_id = ? AND bytes IS NOT NULL ORDER BY ordinal",
                (rs, i) -> new Checked(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        FileKinds.byContentType(rs.getString("content_type")).orElseThrow(), rs.getBytes("bytes"),
                        rs.getString("sha256")), owner);
    }

    /**
     * The type a file is served as: what its bytes are judged to be as they are served, not the type stored beside
     * them; bytes no kind accepts now (a text file with markup, stored before markup was refused) as opaque bytes.
     */
    static String servedAs(byte[] bytes) {
        return FileKinds.of(bytes).map(k -> k.contentType).orElse("application/octet-stream");
    }

    Optional<File> file(UUID id) {
        return jdbc.query("SELECT id, thread, file_name, content_type, bytes FROM cooperation_attachment"
                        + " WHERE id = ? AND bytes IS NOT NULL",
                (rs, i) -> {
                    byte[] bytes = rs.getBytes("bytes");
                    return new File(rs.getObject("id", UUID.class), rs.getObject("thread", UUID.class),
                            rs.getString("file_name"), servedAs(bytes), bytes);
                }, id)
                .stream().findFirst();
    }
}
