package org.liaison.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.audit.AuditVerification;
import org.liaison.audit.AuditVerification.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The audit log in the node's database: each row's hash covers its fields and the previous row's hash. */
@Service
class JdbcAuditLog implements AuditLog {

    static final String GENESIS = AuditRecord.GENESIS;
    private static final char SEP = AuditRecord.SEPARATOR;
    /** Rows fetched per round trip when the whole log is read (verify, export), so memory stays flat. */
    private static final int STREAM_FETCH_SIZE = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final Clock clock;
    private final TransactionTemplate writeNow;

    @Autowired
    JdbcAuditLog(DataSource dataSource, PlatformTransactionManager transactions) {
        this(dataSource, transactions, Clock.systemUTC());
    }

    JdbcAuditLog(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.clock = clock;
        this.writeNow = new TransactionTemplate(transactions);
        writeNow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void append(AuditEntry e) {
        AuditEntry entry = clean(e);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            PendingEntries pending = (PendingEntries) TransactionSynchronizationManager.getResource(this);
            if (pending == null) {
                pending = new PendingEntries();
                TransactionSynchronizationManager.bindResource(this, pending);
                TransactionSynchronizationManager.registerSynchronization(pending);
            }
            if (!pending.chained) {
                pending.entries.add(entry);
                return;
            }
            // appended while the transaction commits (after its entries were chained): this transaction holds the lock
            chain(List.of(entry));
            return;
        }
        appendNow(entry);
    }

    @Override
    public AuditRecord appendNow(AuditEntry e) {
        return writeNow.execute(status -> chain(List.of(clean(e))).getLast());
    }

    /** The entries of one transaction, chained in the order they were appended, just before it commits. */
    private final class PendingEntries implements TransactionSynchronization {
        final List<AuditEntry> entries = new ArrayList<>();
        boolean chained;

        @Override
        public void beforeCommit(boolean readOnly) {
            chainNow();
        }

        /** From here on this transaction holds the chain's lock, and later entries are chained as they come. */
        void chainNow() {
            if (!chained) {
                chained = true;
                if (!entries.isEmpty()) {
                    chain(entries);
                }
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAuditLog.this);
        }
    }

    /** A transaction that reads the log sees its own entries: they are chained before the read. */
    private void chainPendingEntries() {
        if (TransactionSynchronizationManager.getResource(this) instanceof PendingEntries pending) {
            pending.chainNow();
        }
    }

    /** Appends the entries to the chain in the current transaction, locking the head until it commits. */
    private List<AuditRecord> chain(List<AuditEntry> entries) {
        // Locking the head row serialises appenders, also across node instances sharing one database.
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE", Map.of());
        long seq = ((Number) head.get("last_seq")).longValue();
        String prev = (String) head.get("last_hash");
        Instant at = Instant.ofEpochMilli(clock.millis());
        List<AuditRecord> written = new ArrayList<>(entries.size());
        MapSqlParameterSource[] rows = new MapSqlParameterSource[entries.size()];
        for (AuditEntry entry : entries) {
            seq++;
            String hash = hash(seq, at.toEpochMilli(), entry, prev);
            rows[written.size()] = new MapSqlParameterSource()
                    .addValue("seq", seq).addValue("at", at.toEpochMilli())
                    .addValue("actor", entry.actor()).addValue("agency", entry.agency())
                    .addValue("action", entry.action()).addValue("type", entry.recordType())
                    .addValue("rid", entry.recordId()).addValue("addr", entry.remoteAddr())
                    .addValue("detail", entry.detail()).addValue("prev", prev).addValue("hash", hash);
            written.add(new AuditRecord(seq, at, entry, prev, hash));
            prev = hash;
        }
        jdbc.batchUpdate("""
                INSERT INTO audit_event (seq, at_ms, actor, agency, action, record_type, record_id, remote_addr, detail, prev_hash, hash)
                VALUES (:seq, :at, :actor, :agency, :action, :type, :rid, :addr, :detail, :prev, :hash)""", rows);
        jdbc.update("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1",
                Map.of("seq", seq, "hash", prev));
        return written;
    }

    private static AuditEntry clean(AuditEntry e) {
        return new AuditEntry(cut(e.actor(), 200), cut(e.agency(), 20), cut(e.action(), 40),
                cut(e.recordType(), 60), cut(e.recordId(), 200), cut(e.remoteAddr(), 100), cut(e.detail(), 2000));
    }

    /**
     * Reads the head first and checks the rows up to it: a row and the head move together in one transaction,
     * so rows appended while this runs lie beyond the head read here and are not mistaken for tampering.
     */
    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Head head = head();
        ChainCheck check = new ChainCheck();
        streaming.query("SELECT * FROM audit_event WHERE seq <= :last ORDER BY seq", Map.of("last", head.lastSeq()),
                rs -> {
                    if (check.broken == null) {
                        check.next(map(rs));
                    }
                });
        if (check.broken != null) {
            return check.broken;
        }
        long lastFound = check.expectedSeq - 1;
        if (lastFound != head.lastSeq()) {
            return AuditVerification.broken(check.checked, check.expectedSeq, Problem.TAIL_MISSING,
                    "the chain ends at row " + lastFound + " but the log's head records row " + head.lastSeq()
                            + ": the last rows were deleted");
        }
        if (!check.prev.equals(head.lastHash())) {
            return AuditVerification.broken(check.checked, head.lastSeq(), Problem.CONTENT_CHANGED,
                    "it does not match the hash the log's head records for it: the last row was replaced");
        }
        Long beyond = jdbc.queryForObject("SELECT MIN(seq) FROM audit_event WHERE seq > :last",
                Map.of("last", head.lastSeq()), Long.class);
        // A legitimate row beyond the first head read was committed with its head update, so a second read covers it.
        if (beyond != null && beyond > head().lastSeq()) {
            return AuditVerification.broken(check.checked, beyond, Problem.ROWS_AFTER_HEAD,
                    "it lies after the last row the log's head records (" + head.lastSeq()
                            + "): it was added outside the application");
        }
        return AuditVerification.intact(check.checked);
    }

    /** Walks the rows in sequence order and remembers the first one that does not fit. */
    private static final class ChainCheck {
        long checked;
        long expectedSeq = 1;
        String prev = GENESIS;
        AuditVerification broken;

        void next(AuditRecord r) {
            checked++;
            if (r.seq() != expectedSeq) {
                broken = AuditVerification.broken(checked, expectedSeq, Problem.ROWS_MISSING,
                        (r.seq() - expectedSeq == 1 ? "it is missing" : "it and the next " + (r.seq() - expectedSeq - 1)
                                + " rows are missing") + " (the next row found is " + r.seq() + "): rows were deleted");
            } else if (!r.prevHash().equals(prev)) {
                broken = AuditVerification.broken(checked, r.seq(), Problem.LINK_BROKEN,
                        "its link to the previous row does not match: rows reordered, inserted or deleted");
            } else if (!hash(r.seq(), r.at().toEpochMilli(), r.entry(), r.prevHash()).equals(r.hash())) {
                broken = AuditVerification.broken(checked, r.seq(), Problem.CONTENT_CHANGED,
                        "its content does not match its hash: the row was edited");
            }
            expectedSeq = r.seq() + 1;
            prev = r.hash();
        }
    }

    private record Head(long lastSeq, String lastHash) {
    }

    private Head head() {
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1", Map.of());
        return new Head(((Number) head.get("last_seq")).longValue(), (String) head.get("last_hash"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditQuery q, int limit) {
        chainPendingEntries();
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT * FROM audit_event" + where(q, p) + " ORDER BY seq DESC FETCH FIRST "
                + Math.max(1, Math.min(limit, 10_000)) + " ROWS ONLY";
        List<AuditRecord> out = new ArrayList<>();
        jdbc.query(sql, p, rs -> {
            out.add(map(rs));
        });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEach(AuditQuery q, Consumer<AuditRecord> sink) {
        chainPendingEntries();
        MapSqlParameterSource p = new MapSqlParameterSource();
        streaming.query("SELECT * FROM audit_event" + where(q, p) + " ORDER BY seq", p, rs -> {
            sink.accept(map(rs));
        });
    }

    private static String where(AuditQuery q, MapSqlParameterSource p) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (notBlank(q.actor())) {
            sql.append(" AND LOWER(actor) LIKE :actor ESCAPE '\\'");
            p.addValue("actor", "%" + likeEscaped(q.actor().strip().toLowerCase()) + "%");
        }
        if (notBlank(q.action())) {
            sql.append(" AND action = :action");
            p.addValue("action", q.action().strip());
        }
        if (notBlank(q.recordType())) {
            sql.append(" AND record_type = :type");
            p.addValue("type", q.recordType().strip());
        }
        if (notBlank(q.recordId())) {
            sql.append(" AND record_id = :rid");
            p.addValue("rid", q.recordId().strip());
        }
        if (q.from() != null) {
            sql.append(" AND at_ms >= :from");
            p.addValue("from", q.from().toEpochMilli());
        }
        if (q.to() != null) {
            sql.append(" AND at_ms < :to");
            p.addValue("to", q.to().toEpochMilli());
        }
        if (q.beforeSeq() != null) {
            sql.append(" AND seq < :before");
            p.addValue("before", q.beforeSeq());
        }
        return sql.toString();
    }

    /** An actor filter of {@code a_b} means those characters, not LIKE's "any one character". */
    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at_ms")),
                new AuditEntry(rs.getString("actor"), rs.getString("agency"), rs.getString("action"),
                        rs.getString("record_type"), rs.getString("record_id"), rs.getString("remote_addr"),
                        rs.getString("detail")),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    static String hash(long seq, long atMs, AuditEntry e, String prev) {
        return AuditRecord.chainHash(seq, atMs, e, prev);
    }

    /**
     * Shortens to the column's size and replaces the hash's field separator: with a separator inside a field, an
     * edit that moves text across a field boundary would keep the canonical string, and so the hash, unchanged.
     */
    private static String cut(String s, int max) {
        String clean = s.replace(SEP, ' ');
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
