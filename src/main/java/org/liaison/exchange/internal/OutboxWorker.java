package org.liaison.exchange.internal;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued messages, one envelope of up to {@code batchSize} messages at a time per partner, in queue
 * order. The partner's row is locked ({@code FOR UPDATE SKIP LOCKED}) for the whole send, so with several node
 * instances on one database only one sends to a partner at a time and per-conversation order holds. A crash
 * mid-send rolls back: the messages stay queued and are sent again; the partner acknowledges repeats
 * without applying them twice.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EnvelopeCodec codec;
    private final Keyring keyring;
    private final PeerRegistry peers;
    private final ExchangeProperties settings;
    private final NodeProperties node;
    private final DeliveryWakeUp wakeUp;
    private final boolean enabled;
    private final HttpClient http;
    private volatile Thread thread;
    private volatile boolean running;
    private long lastExpiry;

    OutboxWorker(JdbcTemplate jdbc, PlatformTransactionManager txm, EnvelopeCodec codec, Keyring keyring,
                 PeerRegistry peers, ExchangeProperties settings, NodeProperties node, DeliveryWakeUp wakeUp,
                 @Value("${liaison.node.offline:false}") boolean offline,
                 @Value("${liaison.exchange.worker-enabled:true}") boolean workerEnabled) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txm);
        this.codec = codec;
        this.keyring = keyring;
        this.peers = peers;
        this.settings = settings;
        this.node = node;
        this.wakeUp = wakeUp;
        this.enabled = !offline && workerEnabled;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled || thread != null) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("outbox-" + node.agency()).start(this::loop);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                int sent = 0;
                for (String partner : jdbc.queryForList("SELECT agency_code FROM peer WHERE next_attempt_ms <= ?",
                        String.class, System.currentTimeMillis())) {
                    sent += deliverOnce(partner);
                }
                if (System.currentTimeMillis() - lastExpiry > 60_000) {
                    expire();
                    lastExpiry = System.currentTimeMillis();
                }
                if (sent == 0) {
                    wakeUp.await(1_000);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("outbox worker: {}", e.toString());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Sends one envelope to the partner if anything is due; returns how many messages it carried. */
    int deliverOnce(String partner) {
        Integer n = tx.execute(status -> {
            var locked = jdbc.queryForList("SELECT failures FROM peer WHERE agency_code = ? AND next_attempt_ms <= ?"
                    + " FOR UPDATE SKIP LOCKED", partner, System.currentTimeMillis());
            if (locked.isEmpty()) {
                return 0;
            }
            int failures = ((Number) locked.get(0).get("failures")).intValue();
            List<Wire.Envelope> messages = due(partner);
            if (messages.isEmpty()) {
                return 0;
            }
            PeerRegistry.PeerKeys peer = peers.keys(partner).orElseThrow();
            NodeKeys keys = keyring.keys();
            long now = settings.now();
            Wire.Batch batch = new Wire.Batch(UUID.randomUUID().toString(), node.agency(), keys.nodeId(), partner, now,
                    messages);
            String outcome;
            try {
                String envelope = codec.seal(batch, keys.signing(), peer.encryption());
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(peer.baseUrl().resolve(FederationController.PATH))
                                .timeout(settings.requestTimeout())
                                .header("Content-Type", FederationController.JOSE.toString())
                                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    var receipt = codec.verifyReceipt(response.body(), peer.signing());
                    if (receipt.isPresent() && receipt.get().batch().equals(batch.batch())
                            && receipt.get().receiver().equals(partner)) {
                        delivered(batch, receipt.get(), response.body(), now);
                        return messages.size();
                    }
                    outcome = "the partner's receipt does not verify";
                } else {
                    outcome = "partner answered HTTP " + response.statusCode() + ": " + cut(response.body(), 300);
                }
            } catch (ConnectException e) {
                outcome = "cannot connect to " + peer.baseUrl();
            } catch (HttpTimeoutException e) {
                outcome = "no answer from " + peer.baseUrl() + " within " + settings.requestTimeout().toSeconds() + " s";
            } catch (java.io.IOException e) {
                outcome = "connection to " + peer.baseUrl() + " failed: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status.setRollbackOnly();
                return 0;
            }
            notDelivered(partner, messages, failures + 1, outcome, now);
            return 0;
        });
        return n == null ? 0 : n;
    }

    private List<Wire.Envelope> due(String partner) {
        List<Wire.Envelope> out = new ArrayList<>();
        long[] bytes = {0};
        long budget = Math.max(64 * 1024, settings.maxEnvelopeBytes() / 2);
        jdbc.query("SELECT message_id, type, schema_version, correlation_id, conversation_id, summary, payload, payload_hash,"
                + " created_ms FROM outbox WHERE recipient = ? AND state = 'QUEUED' ORDER BY seq FETCH FIRST "
                + settings.batchSize() + " ROWS ONLY", rs -> {
            String payload = rs.getString("payload");
            if (!out.isEmpty() && bytes[0] + payload.length() > budget) {
                return;
            }
            bytes[0] += payload.length();
            out.add(new Wire.Envelope(rs.getObject("message_id", UUID.class), node.agency(), partner, rs.getString("type"),
                    rs.getInt("schema_version"), rs.getLong("created_ms"), rs.getString("correlation_id"),
                    rs.getString("conversation_id"), rs.getString("summary"), payload, rs.getString("payload_hash")));
        }, partner);
        return out;
    }

    private void delivered(Wire.Batch batch, Wire.Receipt receipt, String jws, long sentMs) {
        long now = System.currentTimeMillis();
        jdbc.update("INSERT INTO receipt (batch_id, peer_agency, jws, received_ms) VALUES (?, ?, ?, ?)",
                batch.batch(), batch.recipient(), jws, now);
        Map<UUID, Wire.Result> byId = new HashMap<>();
        receipt.results().forEach(r -> byId.put(r.id(), r));
        List<Object[]> ok = new ArrayList<>();
        List<Object[]> rejected = new ArrayList<>();
        List<Object[]> unconfirmed = new ArrayList<>();
        for (Wire.Envelope e : batch.messages()) {
            Wire.Result r = byId.get(e.id());
            if (r == null || !e.hash().equals(r.hash())) {
                unconfirmed.add(new Object[] {sentMs, "the receipt does not confirm this message", e.id()});
            } else if ("rejected".equals(r.status())) {
                rejected.add(new Object[] {sentMs, cut("refused by the partner: " + r.reason(), 1000), batch.batch(), now, e.id()});
            } else {
                ok.add(new Object[] {sentMs, batch.batch(), now, e.id()});
            }
        }
        jdbc.batchUpdate("UPDATE outbox SET state = 'DELIVERED', attempts = attempts + 1, last_error = '',"
                + " sent_ms = CASE WHEN sent_ms = 0 THEN ? ELSE sent_ms END, receipt_batch = ?, delivered_ms = ?"
                + " WHERE message_id = ?", ok);
        jdbc.batchUpdate("UPDATE outbox SET state = 'FAILED', attempts = attempts + 1,"
                + " sent_ms = CASE WHEN sent_ms = 0 THEN ? ELSE sent_ms END, last_error = ?, receipt_batch = ?, failed_ms = ?"
                + " WHERE message_id = ?", rejected);
        jdbc.batchUpdate("UPDATE outbox SET attempts = attempts + 1,"
                + " sent_ms = CASE WHEN sent_ms = 0 THEN ? ELSE sent_ms END, last_error = ? WHERE message_id = ?", unconfirmed);
        jdbc.update("UPDATE peer SET last_contact_ms = ?, last_error = '', failures = 0, next_attempt_ms = 0"
                + " WHERE agency_code = ?", now, batch.recipient());
    }

    private void notDelivered(String partner, List<Wire.Envelope> messages, int failures, String reason, long sentMs) {
        long backoff = Math.min(settings.maxBackoff().toMillis(), 500L << Math.min(failures, 20));
        long jitter = ThreadLocalRandom.current().nextLong(backoff / 5 + 1);
        jdbc.update("UPDATE peer SET failures = ?, next_attempt_ms = ?, last_error = ? WHERE agency_code = ?",
                failures, System.currentTimeMillis() + backoff + jitter, cut(reason, 1000), partner);
        jdbc.batchUpdate("UPDATE outbox SET attempts = attempts + 1, last_error = ?,"
                        + " sent_ms = CASE WHEN sent_ms = 0 THEN ? ELSE sent_ms END WHERE message_id = ?",
                messages.stream().map(m -> new Object[] {cut(reason, 1000), sentMs, m.id()}).toList());
        log.info("delivery to {} failed ({} messages, attempt {}): {}", partner, messages.size(), failures, reason);
    }

    /** Messages still undelivered after the retry window fail, with the last reason. */
    private void expire() {
        long cutoff = System.currentTimeMillis() - settings.retryWindow().toMillis();
        jdbc.update("UPDATE outbox SET state = 'FAILED', failed_ms = ?, last_error = 'not delivered within "
                + settings.retryWindow().toDays() + " days; last error: ' || LEFT(last_error, 900)"
                + " WHERE state = 'QUEUED' AND created_ms < ?", System.currentTimeMillis(), cutoff);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
