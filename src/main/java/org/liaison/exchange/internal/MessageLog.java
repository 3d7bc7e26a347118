package org.liaison.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.exchange.MessageState;
import org.liaison.shared.NodeProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the outbox and the inbox as one list of envelopes for people: newest first, filtered, in pages, with the
 * state a user sees (derived from the timestamps the worker and the status messages fill in). Never the payload.
 */
@Component
class MessageLog {

    enum Direction {
        OUTGOING, INCOMING
    }

    /** Every field may be null: no filter. {@code fromMs} inclusive, {@code toMs} exclusive. */
    record Query(Direction direction, MessageState state, String partner, String type, Long fromMs, Long toMs) {

        static final Query ALL = new Query(null, null, null, null, null, null);

        boolean includes(Direction d) {
            return direction == null || direction == d;
        }
    }

    /**
     * One line of the list. {@code createdBy}, {@code attempts} and {@code lastError} only mean something for
     * outgoing messages.
     */
    record Entry(UUID id, Direction direction, String partner, String type, String summary, MessageState state,
                 Instant created, String createdBy, int attempts, String lastError) {
    }

    /** One page; {@code hasNext} when at least one more row matches. */
    record Page(List<Entry> entries, int number, int size, boolean hasNext) {
    }

    /**
     * All the header fields and timestamps of one message. Instants are null for what has not happened;
     * {@code batchId} is the receipt's batch for outgoing messages and the envelope's batch for incoming ones.
     */
    record Detail(UUID id, Direction direction, String sender, String recipient, String type, int schemaVersion,
                  String summary, String correlationId, String conversationId, MessageState state, Instant created,
                  String createdBy, Instant released, String releasedBy, Instant sent, int attempts, Instant delivered,
                  Instant received, String batchId, String payloadHash, Instant read, String readBy, Instant answered,
                  Instant failed, String lastError) {

        String partner() {
            return direction == Direction.OUTGOING ? recipient : sender;
        }

        /** Whether the message went (or goes) through four-eyes release. */
        boolean fourEyes() {
            return state == MessageState.AWAITING_RELEASE || released != null;
        }
    }

    /** The state a user sees, from the stored state and timestamps; failure wins, then the furthest step. */
    static final String OUTGOING_STATE = """
            CASE WHEN state = 'FAILED' THEN 'FAILED'
                 WHEN answered_ms > 0 THEN 'ANSWERED'
                 WHEN read_ms > 0 THEN 'READ'
                 WHEN state = 'DELIVERED' THEN 'DELIVERED'
                 WHEN state = 'QUEUED' AND sent_ms > 0 THEN 'SENT'
                 ELSE state END""";

    static final String INCOMING_STATE = """
            CASE WHEN answered_ms > 0 THEN 'ANSWERED'
                 WHEN read_ms > 0 THEN 'READ'
                 ELSE 'RECEIVED' END""";

    private static final List<MessageState> OUTGOING_STATES = List.of(MessageState.AWAITING_RELEASE,
            MessageState.QUEUED, MessageState.SENT, MessageState.DELIVERED, MessageState.READ, MessageState.ANSWERED,
            MessageState.FAILED);
    private static final List<MessageState> INCOMING_STATES = List.of(MessageState.RECEIVED, MessageState.READ,
            MessageState.ANSWERED);

    private final JdbcTemplate jdbc;
    private final NodeProperties node;

    MessageLog(JdbcTemplate jdbc, NodeProperties node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /**
     * Page {@code number} (from 0) of {@code size} entries. Each side is cut to what the page can need before the
     * two are merged, so a deep table costs an index walk, not a sort of everything.
     */
    @Transactional(readOnly = true)
    Page page(Query q, int number, int size) {
        if (number < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page " + number + " of size " + size + " is out of range");
        }
        long needed = (long) (number + 1) * size + 1;
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.includes(Direction.OUTGOING) && (q.state() == null || OUTGOING_STATES.contains(q.state()))) {
            parts.add(side("'OUTGOING'", "recipient", OUTGOING_STATE, "created_by", "attempts", "last_error", "outbox", q,
                    needed, args));
        }
        if (q.includes(Direction.INCOMING) && (q.state() == null || INCOMING_STATES.contains(q.state()))) {
            parts.add(side("'INCOMING'", "sender", INCOMING_STATE, "''", "0", "''", "inbox", q, needed, args));
        }
        if (parts.isEmpty()) {
            return new Page(List.of(), number, size, false);
        }
        String sql = "SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") m"
                + " ORDER BY created_ms DESC, message_id OFFSET " + ((long) number * size) + " ROWS FETCH NEXT "
                + (size + 1) + " ROWS ONLY";
        List<Entry> rows = jdbc.query(sql, (rs, i) -> entry(rs), args.toArray());
        boolean more = rows.size() > size;
        return new Page(more ? rows.subList(0, size) : rows, number, size, more);
    }

    private static String side(String direction, String partnerColumn, String state, String createdBy, String attempts,
                               String lastError, String table, Query q, long limit, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.state() != null) {
            where.append(" AND (").append(state).append(") = ?");
            args.add(q.state().name());
        }
        if (q.partner() != null) {
            where.append(" AND ").append(partnerColumn).append(" = ?");
            args.add(q.partner());
        }
        if (q.type() != null) {
            where.append(" AND type = ?");
            args.add(q.type());
        }
        if (q.fromMs() != null) {
            where.append(" AND created_ms >= ?");
            args.add(q.fromMs());
        }
        if (q.toMs() != null) {
            where.append(" AND created_ms < ?");
            args.add(q.toMs());
        }
        return "(SELECT " + direction + " AS direction, message_id, " + partnerColumn + " AS partner, type, summary, ("
                + state + ") AS shown_state, created_ms, " + createdBy + " AS created_by, " + attempts + " AS attempts, "
                + lastError + " AS last_error FROM " + table + where + " ORDER BY created_ms DESC, message_id FETCH FIRST " + limit + " ROWS ONLY)";
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getObject("message_id", UUID.class), Direction.valueOf(rs.getString("direction")),
                rs.getString("partner"), rs.getString("type"), rs.getString("summary"),
                MessageState.valueOf(rs.getString("shown_state")), Instant.ofEpochMilli(rs.getLong("created_ms")),
                rs.getString("created_by"), rs.getInt("attempts"), rs.getString("last_error"));
    }

    /** An outgoing message, or else an incoming one, with this id. */
    @Transactional(readOnly = true)
    Optional<Detail> find(UUID id) {
        List<Detail> out = jdbc.query("SELECT o.*, (" + OUTGOING_STATE + ") AS shown_state FROM outbox o WHERE message_id = ?",
                (rs, i) -> new Detail(id, Direction.OUTGOING, node.agency(), rs.getString("recipient"),
                        rs.getString("type"), rs.getInt("schema_version"), rs.getString("summary"),
                        rs.getString("correlation_id"), rs.getString("conversation_id"),
                        MessageState.valueOf(rs.getString("shown_state")), at(rs, "created_ms"), rs.getString("created_by"),
                        at(rs, "released_ms"), rs.getString("released_by"), at(rs, "sent_ms"), rs.getInt("attempts"),
                        at(rs, "delivered_ms"), null, rs.getString("receipt_batch"), rs.getString("payload_hash"),
                        at(rs, "read_ms"), "", at(rs, "answered_ms"), at(rs, "failed_ms"), rs.getString("last_error")), id);
        if (!out.isEmpty()) {
            return Optional.of(out.get(0));
        }
        return jdbc.query("SELECT i.*, (" + INCOMING_STATE + ") AS shown_state FROM inbox i WHERE message_id = ?",
                (rs, i) -> new Detail(id, Direction.INCOMING, rs.getString("sender"), node.agency(), rs.getString("type"),
                        rs.getInt("schema_version"), rs.getString("summary"), rs.getString("correlation_id"),
                        rs.getString("conversation_id"), MessageState.valueOf(rs.getString("shown_state")),
                        at(rs, "created_ms"), "", null, "", null, 0, null, at(rs, "received_ms"), rs.getString("batch_id"),
                        rs.getString("payload_hash"), at(rs, "read_ms"), rs.getString("read_by"), at(rs, "answered_ms"),
                        null, ""), id).stream().findFirst();
    }

    /** Outgoing messages waiting for a supervisor: all of them, and those {@code username} did not create. */
    @Transactional(readOnly = true)
    Awaiting awaitingRelease(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) AS n, SUM(CASE WHEN created_by = ? THEN 0 ELSE 1 END) AS others"
                        + " FROM outbox WHERE state = 'AWAITING_RELEASE'",
                (rs, i) -> new Awaiting(rs.getLong("n"), rs.getLong("others")), username);
    }

    record Awaiting(long total, long releasableBy) {
    }

    private static Instant at(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return ms == 0 ? null : Instant.ofEpochMilli(ms);
    }
}
