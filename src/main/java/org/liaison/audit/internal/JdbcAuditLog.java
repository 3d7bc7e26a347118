package org.liaison.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.audit.AuditVerification;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log in the node's database: each row's hash covers its fields and the previous row's hash. */
@Service
class JdbcAuditLog implements AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final char SEP = '\u001f';

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    JdbcAuditLog(NamedParameterJdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    JdbcAuditLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditRecord append(AuditEntry e) {
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE", Map.of());
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prev = (String) head.get("last_hash");
        Instant at = Instant.ofEpochMilli(clock.millis());
        AuditEntry entry = new AuditEntry(cut(e.actor(), 200), cut(e.agency(), 20), cut(e.action(), 40),
                cut(e.recordType(), 60), cut(e.recordId(), 200), cut(e.remoteAddr(), 100), cut(e.detail(), 2000));
        String hash = hash(seq, at.toEpochMilli(), entry, prev);
        jdbc.update("""
                INSERT INTO audit_event (seq, at_ms, actor, agency, action, record_type, record_id, remote_addr, detail, prev_hash, hash)
                VALUES (:seq, :at, :actor, :agency, :action, :type, :rid, :addr, :detail, :prev, :hash)""",
                new MapSqlParameterSource()
                        .addValue("seq", seq).addValue("at", at.toEpochMilli())
                        .addValue("actor", entry.actor()).addValue("agency", entry.agency())
                        .addValue("action", entry.action()).addValue("type", entry.recordType())
                        .addValue("rid", entry.recordId()).addValue("addr", entry.remoteAddr())
                        .addValue("detail", entry.detail()).addValue("prev", prev).addValue("hash", hash));
        jdbc.update("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1",
                Map.of("seq", seq, "hash", hash));
        return new AuditRecord(seq, at, entry, prev, hash);
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long[] checked = {0};
        long[] expectedSeq = {1};
        String[] prev = {GENESIS};
        long[] broken = {-1};
        String[] reason = {""};
        jdbc.query("SELECT * FROM audit_event ORDER BY seq", rs -> {
            if (broken[0] >= 0) {
                return;
            }
            AuditRecord r = map(rs);
            checked[0]++;
            if (r.seq() != expectedSeq[0]) {
                broken[0] = r.seq();
                reason[0] = "expected row " + expectedSeq[0] + " here: rows deleted or inserted before it";
            } else if (!r.prevHash().equals(prev[0])) {
                broken[0] = r.seq();
                reason[0] = "its link to the previous row does not match: rows reordered, inserted or deleted";
            } else if (!hash(r.seq(), r.at().toEpochMilli(), r.entry(), r.prevHash()).equals(r.hash())) {
                broken[0] = r.seq();
                reason[0] = "its content does not match its hash: the row was edited";
            }
            expectedSeq[0] = r.seq() + 1;
            prev[0] = r.hash();
        });
        if (broken[0] < 0) {
            Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1", Map.of());
            long lastSeq = ((Number) head.get("last_seq")).longValue();
            if (lastSeq != expectedSeq[0] - 1 || !prev[0].equals(head.get("last_hash"))) {
                broken[0] = expectedSeq[0];
                reason[0] = "the chain ends at row " + (expectedSeq[0] - 1) + " but the log's head says row "
                        + lastSeq + ": the last rows were deleted";
            }
        }
        return new AuditVerification(checked[0], broken[0], reason[0]);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditQuery q, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE 1 = 1");
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (notBlank(q.actor())) {
            sql.append(" AND LOWER(actor) LIKE :actor");
            p.addValue("actor", "%" + q.actor().toLowerCase() + "%");
        }
        if (notBlank(q.action())) {
            sql.append(" AND action = :action");
            p.addValue("action", q.action());
        }
        if (notBlank(q.recordType())) {
            sql.append(" AND record_type = :type");
            p.addValue("type", q.recordType());
        }
        if (notBlank(q.recordId())) {
            sql.append(" AND record_id = :rid");
            p.addValue("rid", q.recordId());
        }
        if (q.from() != null) {
            sql.append(" AND at_ms >= :from");
            p.addValue("from", q.from().toEpochMilli());
        }
        if (q.to() != null) {
            sql.append(" AND at_ms < :to");
            p.addValue("to", q.to().toEpochMilli());
        }
        sql.append(" ORDER BY seq DESC FETCH FIRST ").append(Math.max(1, Math.min(limit, 10_000))).append(" ROWS ONLY");
        List<AuditRecord> out = new ArrayList<>();
        jdbc.query(sql.toString(), p, rs -> {
            out.add(map(rs));
        });
        return out;
    }

    private static AuditRecord map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditRecord(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at_ms")),
                new AuditEntry(rs.getString("actor"), rs.getString("agency"), rs.getString("action"),
                        rs.getString("record_type"), rs.getString("record_id"), rs.getString("remote_addr"),
                        rs.getString("detail")),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    static String hash(long seq, long atMs, AuditEntry e, String prev) {
        String canonical = String.join(String.valueOf(SEP), prev, Long.toString(seq), Long.toString(atMs),
                e.actor(), e.agency(), e.action(), e.recordType(), e.recordId(), e.remoteAddr(), e.detail());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
