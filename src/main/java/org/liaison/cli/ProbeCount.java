package org.liaison.cli;

import java.io.PrintWriter;
import tools.jackson.databind.JsonNode;

/**
 * What became of the test messages one node queued to the other: read from both nodes once the sender's queue is
 * empty (or the wait is over). {@code accepted} is what the sender acknowledged to the load generator.
 */
record ProbeCount(long accepted, long queuedAtSender, long delivered, long stillQueued, long failed, long rows, long distinct) {

    /** Waits until the sender's queue is empty and the receiver holds every delivered message, or the timeout. */
    static ProbeCount drain(NodeProcess sender, NodeProcess receiver, long accepted, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            JsonNode sent = sender.get("/api/v1/admin/exchange/probes/sent");
            JsonNode received = receiver.get("/api/v1/admin/exchange/probes/received");
            ProbeCount c = new ProbeCount(accepted, sent.get("total").asLong(), sent.get("delivered").asLong(),
                    sent.get("queued").asLong(), sent.get("failed").asLong(), received.get("rows").asLong(),
                    received.get("distinct").asLong());
            if (c.stillQueued == 0 && c.distinct >= c.delivered || System.currentTimeMillis() > deadline) {
                return c;
            }
            Thread.sleep(500);
        }
    }

    /** Acknowledged messages missing at the sender count as lost, as do queued ones that never arrived. */
    long lost() {
        return Math.max(0, accepted - queuedAtSender) + (queuedAtSender - distinct);
    }

    long duplicates() {
        return rows - distinct;
    }

    void print(PrintWriter out) {
        out.printf("accepted=%d%n", accepted);
        out.printf("queued_at_sender=%d%n", queuedAtSender);
        out.printf("failed=%d%n", failed);
        out.printf("acknowledged_but_missing_at_sender=%d%n", Math.max(0, accepted - queuedAtSender));
        out.printf("lost=%d%n", lost());
        out.printf("duplicates=%d%n", duplicates());
        out.flush();
    }
}
