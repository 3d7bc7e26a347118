package org.liaison.cli;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Test messages queued at a steady rate on one node for its partner, in batches of a tenth of a second, on a thread of
 * its own; a refused or unanswered batch is tried again, so {@link #accepted()} counts what the sender acknowledged.
 */
final class ProbeStream {

    private final AtomicLong accepted = new AtomicLong();
    private final Thread thread;

    private ProbeStream(NodeProcess sender, String recipient, long messages, int ratePerSecond) {
        long start = System.nanoTime();
        thread = Thread.ofPlatform().name("probe-stream").start(() -> {
            while (accepted.get() < messages && !Thread.currentThread().isInterrupted()) {
                long wait = start + (long) (accepted.get() * 1e9 / ratePerSecond) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int n = (int) Math.min(Math.max(1, ratePerSecond / 10), messages - accepted.get());
                if (sender.queueProbes(recipient, n)) {
                    accepted.addAndGet(n);
                } else {
                    LockSupport.parkNanos(100_000_000L);
                }
            }
        });
    }

    static ProbeStream start(NodeProcess sender, String recipient, long messages, int ratePerSecond) {
        return new ProbeStream(sender, recipient, messages, ratePerSecond);
    }

    long accepted() {
        return accepted.get();
    }

    /** Waits until every message is accepted. */
    long join() throws InterruptedException {
        thread.join();
        return accepted.get();
    }

    /** Stops queueing; what was accepted stays accepted. */
    long stop() throws InterruptedException {
        thread.interrupt();
        thread.join();
        return accepted.get();
    }
}
