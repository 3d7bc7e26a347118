package org.liaison.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.ProbeStatistics;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcProbeStatistics implements ProbeStatistics {

    private final ExchangeService exchange;
    private final JdbcTemplate jdbc;
    private final NodeProperties node;

    JdbcProbeStatistics(ExchangeService exchange, JdbcTemplate jdbc, NodeProperties node) {
        this.exchange = exchange;
        this.jdbc = jdbc;
        this.node = node;
    }

    @Override
    @Transactional
    public UUID[] send(String partner, int count, int paddingBytes, CurrentOfficer by) {
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("count must be 1-10000, got " + count);
        }
        if (paddingBytes < 0 || paddingBytes > 64 * 1024) {
            throw new IllegalArgumentException("padding must be 0-65536 bytes, got " + paddingBytes);
        }
        String padding = "x".repeat(paddingBytes);
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = exchange.send(new OutgoingMessage(partner, ProbeHandler.TYPE, 1,
                    new ProbeHandler.Probe(System.currentTimeMillis(), node.agency(), padding), "test message", null, null), by);
        }
        return ids;
    }

    @Override
    @Transactional(readOnly = true)
    public Received received() {
        Map<String, Object> c = jdbc.queryForMap("SELECT COUNT(*) AS n, COUNT(DISTINCT message_id) AS d FROM exchange_probe");
        List<Long> latencies = jdbc.queryForList("SELECT applied_ms - created_ms FROM exchange_probe ORDER BY 1", Long.class);
        return new Received(((Number) c.get("n")).longValue(), ((Number) c.get("d")).longValue(),
                percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
    }

    @Override
    @Transactional(readOnly = true)
    public Sent sent() {
        Map<String, Object> c = jdbc.queryForMap("""
                SELECT COUNT(*) AS total,
                  SUM(CASE WHEN state = 'DELIVERED' THEN 1 ELSE 0 END) AS delivered,
                  SUM(CASE WHEN state = 'QUEUED' THEN 1 ELSE 0 END) AS queued,
                  SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END) AS failed
                FROM outbox WHERE type = ?""", ProbeHandler.TYPE);
        return new Sent(num(c.get("total")), num(c.get("delivered")), num(c.get("queued")), num(c.get("failed")));
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
