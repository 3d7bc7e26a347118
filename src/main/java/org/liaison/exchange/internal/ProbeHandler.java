package org.liaison.exchange.internal;

import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Test messages between partners: each one applied is a row in {@code exchange_probe}. */
@Component
class ProbeHandler implements MessageHandler {

    static final String TYPE = "exchange.probe";

    /** {@code padding} lets benchmarks send realistic sizes. */
    record Probe(long sentMs, String from, String padding) {
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ProbeHandler(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void apply(IncomingMessage m) {
        Probe p = json.readValue(m.payloadJson(), Probe.class);
        jdbc.update("INSERT INTO exchange_probe (message_id, sender, created_ms, applied_ms) VALUES (?, ?, ?, ?)",
                m.id(), m.sender(), p.sentMs(), System.currentTimeMillis());
    }
}
