package org.liaison.exchange.internal;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.jwk.ECKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.shared.NodeProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives envelopes: verifies them, stores each new message in the inbox and applies it in the same
 * transaction (so exactly once), acknowledges repeats without applying them again, and signs a receipt.
 */
@Service
class InboxService {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate tx;
    private final EnvelopeCodec codec;
    private final Keyring keyring;
    private final PeerRegistry peers;
    private final HandlerRegistry handlers;
    private final ExchangeProperties settings;
    private final NodeProperties node;
    private final AuditLog audit;

    InboxService(JdbcTemplate jdbc, PlatformTransactionManager txm, EnvelopeCodec codec, Keyring keyring,
                 PeerRegistry peers, HandlerRegistry handlers, ExchangeProperties settings, NodeProperties node,
                 AuditLog audit) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.tx = new TransactionTemplate(txm);
        this.codec = codec;
        this.keyring = keyring;
        this.peers = peers;
        this.handlers = handlers;
        this.settings = settings;
        this.node = node;
        this.audit = audit;
    }

    /**
     * Verifies and applies one envelope; returns the signed receipt.
     *
     * @throws EnvelopeRejected when the envelope as a whole is refused (nothing stored; an audit line written)
     */
    String receive(String body, String remoteAddr) {
        Wire.Batch batch;
        try {
            batch = verify(body);
        } catch (EnvelopeRejected e) {
            audit.append(new AuditEntry("peer@" + remoteAddr, "", "ENVELOPE_REJECTED", "envelope", "", remoteAddr,
                    e.code() + ": " + e.getMessage()));
            throw e;
        }
        List<Wire.Result> results = applyBatch(batch, remoteAddr);
        NodeKeys keys = keyring.keys();
        return codec.signReceipt(new Wire.Receipt(batch.batch(), node.agency(), batch.sender(), System.currentTimeMillis(),
                results), keys.signing());
    }

    private Wire.Batch verify(String body) {
        if (body == null || body.isBlank()) {
            throw new EnvelopeRejected("malformed", 400, "empty envelope");
        }
        JWEObject jwe = codec.parse(body);
        String sender = (String) jwe.getHeader().getCustomParam(EnvelopeCodec.SENDER);
        String recipient = (String) jwe.getHeader().getCustomParam(EnvelopeCodec.RECIPIENT);
        if (!node.agency().equals(recipient)) {
            throw new EnvelopeRejected("wrong_recipient", 400,
                    "this node serves " + node.agency() + ", the envelope is addressed to " + recipient);
        }
        PeerRegistry.PeerKeys peer = peers.keys(sender)
                .orElseThrow(() -> new EnvelopeRejected("unknown_peer", 403, "agency " + sender + " is not a paired partner"));
        ECKey key = keyring.keys().decryptionKey(jwe.getHeader().getKeyID())
                .orElseThrow(() -> new EnvelopeRejected("undecryptable", 400,
                        "encrypted for key " + jwe.getHeader().getKeyID() + ", which this node does not hold (re-import its card)"));
        Wire.Batch batch = codec.open(jwe, key, peer.signing());
        if (batch.messages() == null || batch.batch() == null) {
            throw new EnvelopeRejected("malformed", 400, "the batch has no id or no messages");
        }
        if (!sender.equals(batch.sender()) || !recipient.equals(batch.recipient())
                || !String.valueOf(batch.ts()).equals(String.valueOf(jwe.getHeader().getCustomParam(EnvelopeCodec.CREATED)))) {
            throw new EnvelopeRejected("header_mismatch", 400, "the signed content does not match the envelope header");
        }
        long now = settings.now();
        long skew = Math.abs(now - batch.ts());
        if (skew > settings.clockSkew().toMillis()) {
            throw new EnvelopeRejected("stale", 400, "created at " + Instant.ofEpochMilli(batch.ts())
                    + ", outside the allowed clock skew of " + settings.clockSkew().toSeconds() + " s from this node's clock "
                    + Instant.ofEpochMilli(now) + "; check both nodes' clocks");
        }
        return batch;
    }

    /** A handler refused a message on the fast path: roll back and apply the batch again message by message. */
    private static final class RetryOneByOne extends RuntimeException {
        RetryOneByOne() {
            super(null, null, false, false);
        }
    }

    private List<Wire.Result> applyBatch(Wire.Batch batch, String remoteAddr) {
        try {
            return tx.execute(status -> apply(batch, status, remoteAddr, false));
        } catch (RetryOneByOne e) {
            return tx.execute(status -> apply(batch, status, remoteAddr, true));
        }
    }

    /**
     * Stores and applies the batch's new messages. The fast path inserts all inbox rows in one JDBC batch and
     * applies without savepoints; when a handler refuses a message the whole transaction is rolled back and
     * the batch is applied again with a savepoint per message, so only the refused one is left out.
     */
    private List<Wire.Result> apply(Wire.Batch batch, TransactionStatus status, String remoteAddr, boolean oneByOne) {
        Map<UUID, String> known = new HashMap<>();
        List<UUID> ids = batch.messages().stream().filter(java.util.Objects::nonNull).map(Wire.Envelope::id)
                .filter(java.util.Objects::nonNull).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            named.query("SELECT message_id, payload_hash FROM inbox WHERE message_id IN (:ids)",
                    new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + 500))),
                    rs -> {
                        known.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        Wire.Result[] results = new Wire.Result[batch.messages().size()];
        List<Integer> fresh = new ArrayList<>();
        int duplicates = 0;
        for (int i = 0; i < results.length; i++) {
            Wire.Envelope e = batch.messages().get(i);
            String problem = problem(batch, e);
            if (problem != null) {
                results[i] = reject(e, problem, batch, remoteAddr);
                continue;
            }
            String seenHash = known.get(e.id());
            if (seenHash != null) {
                if (seenHash.equals(e.hash())) {
                    duplicates++;
                    results[i] = new Wire.Result(e.id(), e.hash(), "duplicate", "");
                } else {
                    results[i] = reject(e, "replayed message id with different content", batch, remoteAddr);
                }
                continue;
            }
            known.put(e.id(), e.hash());
            fresh.add(i);
        }
        long now = System.currentTimeMillis();
        String insert = """
                INSERT INTO inbox (message_id, sender, type, schema_version, correlation_id, conversation_id, summary,
                  payload, payload_hash, batch_id, created_ms, received_ms, read_ms, read_by, answered_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', 0)""";
        if (!oneByOne) {
            jdbc.batchUpdate(insert, fresh.stream().map(i -> row(batch.messages().get(i), batch, now)).toList());
        }
        int applied = 0;
        for (int i : fresh) {
            Wire.Envelope e = batch.messages().get(i);
            MessageHandler handler = handlers.handler(e.type()).orElseThrow();
            Object savepoint = oneByOne ? status.createSavepoint() : null;
            try {
                if (oneByOne) {
                    jdbc.update(insert, row(e, batch, now));
                }
                handler.apply(new IncomingMessage(e.id(), e.sender(), e.type(), e.v(), Instant.ofEpochMilli(e.ts()),
                        nz(e.corr()), nz(e.conv()), e.payload()));
                if (oneByOne) {
                    status.releaseSavepoint(savepoint);
                }
                applied++;
                results[i] = new Wire.Result(e.id(), e.hash(), "applied", "");
            } catch (RejectedMessageException | tools.jackson.core.JacksonException ex) {
                if (!oneByOne) {
                    throw new RetryOneByOne();
                }
                status.rollbackToSavepoint(savepoint);
                String reason = ex instanceof RejectedMessageException ? ex.getMessage()
                        : "payload does not match type " + e.type() + ": " + ((tools.jackson.core.JacksonException) ex).getOriginalMessage();
                results[i] = reject(e, reason, batch, remoteAddr);
            }
        }
        audit.append(new AuditEntry("node:" + batch.senderNode(), batch.sender(), "RECEIVE", "envelope", batch.batch(),
                remoteAddr, applied + " applied, " + duplicates + " duplicates, "
                        + (results.length - applied - duplicates) + " rejected"));
        return java.util.Arrays.asList(results);
    }

    private static Object[] row(Wire.Envelope e, Wire.Batch batch, long now) {
        return new Object[] {e.id(), e.sender(), e.type(), e.v(), nz(e.corr()), nz(e.conv()), cut(nz(e.sum()), 300),
                e.payload(), e.hash(), batch.batch(), e.ts(), now};
    }

    /** Why a message cannot be applied, or null. */
    private String problem(Wire.Batch batch, Wire.Envelope e) {
        if (e == null || e.id() == null || e.type() == null || e.payload() == null || e.hash() == null) {
            return "malformed message: id, type, payload and hash are required";
        }
        if (!batch.sender().equals(e.sender()) || !node.agency().equals(e.recipient())) {
            return "message sender/recipient do not match the envelope";
        }
        if (!EnvelopeCodec.sha256(e.payload()).equals(e.hash())) {
            return "payload hash mismatch";
        }
        var handler = handlers.handler(e.type());
        if (handler.isEmpty()) {
            return "unknown message type " + e.type();
        }
        if (!handler.get().schemaVersions().contains(e.v())) {
            return "unsupported schema version " + e.v() + " of " + e.type() + " (supported: " + handler.get().schemaVersions() + ")";
        }
        return null;
    }

    private Wire.Result reject(Wire.Envelope e, String reason, Wire.Batch batch, String remoteAddr) {
        UUID id = e == null ? null : e.id();
        audit.append(new AuditEntry("node:" + batch.senderNode(), batch.sender(), "MESSAGE_REJECTED", "message",
                String.valueOf(id), remoteAddr, reason));
        return new Wire.Result(id, e == null ? "" : e.hash(), "rejected", reason);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
