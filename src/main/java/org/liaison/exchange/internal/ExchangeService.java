package org.liaison.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageState;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Queues outgoing messages in the caller's transaction, releases them, records reads and answers. */
@Service
class ExchangeService implements Exchange {

    static final String STATUS_TYPE = "exchange.status";
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final PeerRegistry peers;
    private final ExchangeProperties settings;
    private final DeliveryWakeUp wakeUp;
    private final AuditLog audit;
    private final NodeProperties node;
    private final ReleaseRules releaseRules;

    ExchangeService(JdbcTemplate jdbc, JsonMapper json, PeerRegistry peers, ExchangeProperties settings,
                    DeliveryWakeUp wakeUp, AuditLog audit, NodeProperties node, ReleaseRules releaseRules) {
        this.releaseRules = releaseRules;
        this.jdbc = jdbc;
        this.json = json;
        this.peers = peers;
        this.settings = settings;
        this.wakeUp = wakeUp;
        this.audit = audit;
        this.node = node;
    }

    @Override
    @Transactional
    public UUID send(OutgoingMessage m, CurrentOfficer sender) {
        if (!peers.known(m.recipient())) {
            throw new IllegalArgumentException("agency " + m.recipient() + " is not a paired partner of this node");
        }
        if (!TYPE.matcher(m.type()).matches() || m.type().length() > 100) {
            throw new IllegalArgumentException("invalid message type '" + m.type() + "'");
        }
        String payload;
        try {
            payload = m.payload() instanceof String s ? s : json.writeValueAsString(m.payload());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        if (payload.getBytes(StandardCharsets.UTF_8).length > settings.maxMessageBytes()) {
            throw new IllegalArgumentException("payload of " + payload.length() + " characters exceeds the limit of "
                    + settings.maxMessageBytes() + " bytes");
        }
        UUID id = UUID.randomUUID();
        boolean fourEyes = requiresRelease(m.type());
        String by = sender == null ? "system" : sender.username();
        long now = System.currentTimeMillis();
        jdbc.update("""
                INSERT INTO outbox (message_id, recipient, type, schema_version, correlation_id, conversation_id, summary,
                  payload, payload_hash, created_by, released_by, state, attempts, last_error, receipt_batch, created_ms,
                  released_ms, sent_ms, delivered_ms, read_ms, answered_ms, failed_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, 0, '', '', ?, 0, 0, 0, 0, 0, 0)""",
                id, m.recipient(), m.type(), m.schemaVersion(),
                m.correlationId().isEmpty() ? id.toString() : m.correlationId(),
                m.conversationId().isEmpty() ? id.toString() : m.conversationId(),
                cut(m.summary(), 300), payload, EnvelopeCodec.sha256(payload), by,
                (fourEyes ? MessageState.AWAITING_RELEASE : MessageState.QUEUED).name(), now);
        if (!fourEyes) {
            wakeAfterCommit();
        }
        return id;
    }

    boolean requiresRelease(String type) {
        return releaseRules.requires(type);
    }

    /**
     * A supervisor releases an item that waits for four-eyes approval; not their own.
     *
     * @throws ReleaseRefused with a message key when not allowed
     */
    @Transactional
    public void release(UUID messageId, CurrentOfficer supervisor) {
        if (!supervisor.has("SUPERVISOR")) {
            throw new ReleaseRefused("exchange.release.notSupervisor");
        }
        var rows = jdbc.queryForList("SELECT created_by, state FROM outbox WHERE message_id = ? FOR UPDATE", messageId);
        if (rows.isEmpty()) {
            throw new ReleaseRefused("exchange.release.notFound");
        }
        if (!MessageState.AWAITING_RELEASE.name().equals(rows.get(0).get("state"))) {
            throw new ReleaseRefused("exchange.release.notWaiting");
        }
        if (supervisor.username().equals(rows.get(0).get("created_by"))) {
            throw new ReleaseRefused("exchange.release.ownItem");
        }
        jdbc.update("UPDATE outbox SET state = 'QUEUED', released_by = ?, released_ms = ? WHERE message_id = ?",
                supervisor.username(), System.currentTimeMillis(), messageId);
        audit.append(new AuditEntry(supervisor.username(), supervisor.agency(), "RELEASE", "message",
                messageId.toString(), "", "four-eyes release"));
        wakeAfterCommit();
    }

    @Override
    @Transactional
    public void markRead(UUID incomingMessageId, CurrentOfficer reader) {
        var rows = jdbc.queryForList("SELECT sender, read_ms FROM inbox WHERE message_id = ?", incomingMessageId);
        if (rows.isEmpty() || ((Number) rows.get(0).get("read_ms")).longValue() != 0) {
            return;
        }
        long now = System.currentTimeMillis();
        jdbc.update("UPDATE inbox SET read_ms = ?, read_by = ? WHERE message_id = ? AND read_ms = 0", now,
                reader.username(), incomingMessageId);
        sendStatus((String) rows.get(0).get("sender"), incomingMessageId, "READ", now);
    }

    @Override
    @Transactional
    public void markAnswered(UUID incomingMessageId) {
        var rows = jdbc.queryForList("SELECT sender, answered_ms FROM inbox WHERE message_id = ?", incomingMessageId);
        if (rows.isEmpty() || ((Number) rows.get(0).get("answered_ms")).longValue() != 0) {
            return;
        }
        long now = System.currentTimeMillis();
        jdbc.update("UPDATE inbox SET answered_ms = ? WHERE message_id = ?", now, incomingMessageId);
        sendStatus((String) rows.get(0).get("sender"), incomingMessageId, "ANSWERED", now);
    }

    private void sendStatus(String partner, UUID about, String state, long at) {
        if (!peers.known(partner)) {
            return;
        }
        send(new OutgoingMessage(partner, STATUS_TYPE, 1, new StatusHandler.Status(about, state, at),
                state + " " + about, about.toString(), about.toString()), null);
    }

    /** Sends a connectivity probe (a test message) to a partner. */
    @Transactional
    public UUID probe(String partner, CurrentOfficer by) {
        return send(new OutgoingMessage(partner, ProbeHandler.TYPE, 1,
                new ProbeHandler.Probe(System.currentTimeMillis(), node.agency(), ""), "test message", null, null), by);
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp.wake();
                }
            });
        } else {
            wakeUp.wake();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Why a release was refused, as a message key. */
    static final class ReleaseRefused extends RuntimeException {
        ReleaseRefused(String key) {
            super(key);
        }
    }
}
