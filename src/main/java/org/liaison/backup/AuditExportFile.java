package org.liaison.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditRecord;
import org.liaison.exchange.NodeSignatures;
import org.liaison.exchange.PeerCard;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log exported for an external archive, as JSON Lines: one line per row of the log, in chain order, with
 * every column (its hash and the previous row's hash too), then one manifest line saying what the file holds, signed
 * by the node's ES256 key. Anyone holding the file and the node's peer card can re-compute the chain and check the
 * signature, without the node or its database: {@link #verify}.
 *
 * <pre>{"seq":1,"at":"2026-11-23T08:00:00Z","atMs":…,"actor":…,"agency":…,"action":…,"recordType":…,"recordId":…,
 *  "remoteAddr":…,"detail":…,"prevHash":…,"hash":…}
 * {"manifest":{"format":"liaison-audit-export/1",…},"signature":"eyJ…..…"}</pre>
 *
 * The signature is a compact JWS with detached payload over the manifest object's bytes exactly as written.
 */
public final class AuditExportFile {

    public static final String FORMAT = "liaison-audit-export/1";
    static final String MANIFEST_START = "{\"manifest\":";
    static final String SIGNATURE_START = ",\"signature\":\"";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditExportFile() {
    }

    /**
     * What the file holds.
     *
     * @param from          first day of the range asked for (node's time zone), or null for the log's start
     * @param to            last day of the range, or null for up to the export
     * @param firstPrevHash the link of the first row to the row before it (the all-zero genesis for row 1)
     * @param linesSha256   SHA-256 of the row lines, each with its line feed
     */
    public record Manifest(String format, String nodeId, String agency, String from, String to, long count,
                           long firstSeq, long lastSeq, String firstPrevHash, String firstHash, String lastHash,
                           String linesSha256, String exportedAt) {
    }

    /** One row as its line (without the line feed). */
    public static String line(AuditRecord r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", r.seq());
        row.put("at", r.at().toString());
        row.put("atMs", r.at().toEpochMilli());
        AuditEntry e = r.entry();
        row.put("actor", e.actor());
        row.put("agency", e.agency());
        row.put("action", e.action());
        row.put("recordType", e.recordType());
        row.put("recordId", e.recordId());
        row.put("remoteAddr", e.remoteAddr());
        row.put("detail", e.detail());
        row.put("prevHash", r.prevHash());
        row.put("hash", r.hash());
        return JSON.writeValueAsString(row);
    }

    /** The manifest's bytes as they are signed and written. */
    public static String manifestJson(Manifest m) {
        return JSON.writeValueAsString(m);
    }

    /** The last line: the manifest and the node's signature over {@link #manifestJson}. */
    public static String manifestLine(String manifestJson, String signature) {
        return MANIFEST_START + manifestJson + SIGNATURE_START + signature + "\"}";
    }

    /** A running SHA-256 over row lines, as the manifest records it. */
    public static final class LinesDigest {
        private final MessageDigest sha;

        public LinesDigest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public void add(String line) {
            sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }

        public String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }

    /**
     * The outcome of {@link #verify}.
     *
     * @param rows          row lines read
     * @param badLine       the first line (1-based) that does not fit, or 0 when the file is intact
     * @param reason        why, in English, or empty
     * @param signature     the signature check, or null when no peer card was given
     */
    public record Verification(long rows, long badLine, String reason, Manifest manifest,
                               NodeSignatures.Verdict signature) {

        public boolean intact() {
            return badLine == 0 && (signature == null || signature == NodeSignatures.Verdict.VALID);
        }

        public String describe() {
            if (badLine != 0) {
                return "audit export BROKEN at line " + badLine + ": " + reason + " (" + rows + " rows read)";
            }
            String range = manifest.count() == 0 ? "no rows" : "rows " + manifest.firstSeq() + "-" + manifest.lastSeq();
            String what = "audit export of " + manifest.agency() + " (" + range + ", " + rows + " lines)";
            if (signature == null) {
                return what + ": chain intact; signature not checked (give the node's peer card with --peer-card)";
            }
            return signature == NodeSignatures.Verdict.VALID ? what + ": chain intact, signature valid"
                    : "audit export signature " + signature + " on line " + (rows + 1) + ": " + (signature
                    == NodeSignatures.Verdict.UNKNOWN_KEY ? "signed with a key the peer card does not hold"
                    : "the manifest or its signature was changed");
        }
    }

    /**
     * Re-computes the chain of the rows in the file (a sub-chain when the export covers a range: the first row's link
     * is taken as given and recorded in the manifest), checks the manifest against them and, with the node's peer
     * card, the signature. Stops at the first line that does not fit.
     */
    public static Verification verify(Path file, PeerCard card) throws IOException {
        LinesDigest digest = new LinesDigest();
        long lineNo = 0;
        long rows = 0;
        AuditRecord first = null;
        AuditRecord previous = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.startsWith(MANIFEST_START)) {
                    String trailing = in.readLine();
                    if (trailing != null) {
                        return broken(rows, lineNo + 1, "there is a line after the manifest");
                    }
                    return manifest(line, lineNo, rows, first, previous, digest.hex(), card);
                }
                AuditRecord r;
                try {
                    JsonNode n = JSON.readTree(line);
                    r = record(n);
                    if (!r.at().toString().equals(text(n, "at"))) {
                        rows++;
                        return broken(rows, lineNo, "row " + r.seq() + ": its time does not match its atMs: it was edited");
                    }
                } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                    return broken(rows, lineNo, "it is not an audit row: " + e.getMessage());
                }
                rows++;
                if (previous != null && r.seq() != previous.seq() + 1) {
                    return broken(rows, lineNo, "row " + r.seq() + " follows row " + previous.seq()
                            + ": rows were removed, added or reordered");
                }
                if (previous != null && !r.prevHash().equals(previous.hash())) {
                    return broken(rows, lineNo, "row " + r.seq() + " does not link to the row before it");
                }
                if (previous == null && r.seq() == 1 && !r.prevHash().equals(AuditRecord.GENESIS)) {
                    return broken(rows, lineNo, "row 1 does not start the chain");
                }
                if (!r.hashFits()) {
                    return broken(rows, lineNo, "row " + r.seq() + " does not match its hash: it was edited");
                }
                digest.add(line);
                first = first == null ? r : first;
                previous = r;
            }
        }
        return broken(rows, lineNo + 1, "the manifest line is missing: the file was cut short");
    }

    private static Verification manifest(String line, long lineNo, long rows, AuditRecord first, AuditRecord last,
                                         String linesSha256, PeerCard card) {
        int at = line.lastIndexOf(SIGNATURE_START);
        if (at < 0 || !line.endsWith("\"}")) {
            return broken(rows, lineNo, "the manifest carries no signature");
        }
        String json = line.substring(MANIFEST_START.length(), at);
        String signature = line.substring(at + SIGNATURE_START.length(), line.length() - 2);
        Manifest m;
        try {
            m = JSON.readValue(json, Manifest.class);
        } catch (JacksonException e) {
            return broken(rows, lineNo, "the manifest cannot be read: " + e.getMessage());
        }
        String problem = !FORMAT.equals(m.format()) ? "the format is " + m.format() + ", not " + FORMAT
                : m.count() != rows ? "it counts " + m.count() + " rows, the file holds " + rows
                : !linesSha256.equals(m.linesSha256()) ? "the rows' SHA-256 does not match it"
                : first != null && (first.seq() != m.firstSeq() || !first.hash().equals(m.firstHash())
                        || !first.prevHash().equals(m.firstPrevHash())) ? "the first row is not the one it names"
                : last != null && (last.seq() != m.lastSeq() || !last.hash().equals(m.lastHash()))
                        ? "the last row is not the one it names: rows were cut off" : null;
        if (problem != null) {
            return broken(rows, lineNo, "manifest: " + problem);
        }
        if (card == null) {
            return new Verification(rows, 0, "", m, null);
        }
        if (!card.agency().equals(m.agency())) {
            return broken(rows, lineNo, "the peer card is " + card.agency() + "'s, the export " + m.agency() + "'s");
        }
        return new Verification(rows, 0, "", m, card.verify(json.getBytes(StandardCharsets.UTF_8), signature));
    }

    private static Verification broken(long rows, long line, String reason) {
        return new Verification(rows, line, reason, null, null);
    }

    private static AuditRecord record(JsonNode n) {
        return new AuditRecord(n.required("seq").asLong(), Instant.ofEpochMilli(n.required("atMs").asLong()),
                new AuditEntry(text(n, "actor"), text(n, "agency"), text(n, "action"), text(n, "recordType"),
                        text(n, "recordId"), text(n, "remoteAddr"), text(n, "detail")),
                text(n, "prevHash"), text(n, "hash"));
    }

    private static String text(JsonNode n, String field) {
        return n.required(field).asString();
    }
}
