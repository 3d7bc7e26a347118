package org.liaison.exchange;

import java.util.UUID;
import org.liaison.shared.CurrentOfficer;

/** Test messages between partners and what became of them: an admin's connectivity check, and what benchmarks count. */
public interface ProbeStatistics {

    /** Queues {@code count} test messages to a partner in one transaction, each padded to about {@code paddingBytes}. */
    UUID[] send(String partner, int count, int paddingBytes, CurrentOfficer by);

    /** Test messages received from partners: rows applied, distinct ids, latency from creation to apply. */
    Received received();

    /** Test messages queued here, by state. */
    Sent sent();

    record Received(long rows, long distinct, long p50Ms, long p99Ms, long maxMs) {
    }

    record Sent(long total, long delivered, long queued, long failed) {
    }
}
