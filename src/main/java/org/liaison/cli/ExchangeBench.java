package org.liaison.cli;

import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.liaison.exchange.ProbeStatistics;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Two nodes on loopback with fresh data folders; N test messages of about 2 KB, each queued in its own
 * transaction on Cao Bang's node, delivered to and applied on Guangxi's. Rate, latency, lost, duplicates.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "Send N signed+encrypted envelopes node to node on loopback; prints envelopes_per_s, p50_ms, p99_ms, lost, duplicates.")
final class ExchangeBench implements Callable<Integer> {

    @Option(names = "--messages", description = "How many messages (default ${DEFAULT-VALUE}).")
    int messages = 20_000;

    @Option(names = "--rate", description = "Messages per second to offer; 0 = as fast as possible (default ${DEFAULT-VALUE}).")
    int rate = 0;

    @Option(names = "--payload-bytes", description = "Payload size (default ${DEFAULT-VALUE}).")
    int payloadBytes = 2_000;

    @Option(names = "--threads", description = "Sending threads (default ${DEFAULT-VALUE}).")
    int threads = 4;

    @Option(names = "--warmup", description = "Messages sent first and not measured, so the JIT has compiled the"
            + " crypto and database paths (default ${DEFAULT-VALUE}).")
    int warmupMessages = 10_000;

    @Option(names = "--backlog", description = "Queue all messages while the partner is down, then measure how fast the"
            + " backlog drains once it is back (the exchange alone, without the senders' load).")
    boolean backlog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (messages < 1 || rate < 0 || threads < 1 || payloadBytes < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "messages, threads must be positive; rate, payload-bytes not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("liaison-bench-exchange");
        int vnPort = freePort();
        int cnPort = freePort();
        Map<String, Object> quiet = Map.of("logging.level.root", "ERROR", "logging.level.org.liaison", "ERROR",
                "liaison.exchange.max-backoff", "1s");
        List<ConfigurableApplicationContext> nodes = new ArrayList<>(DemoCommand.start(dir, vnPort, cnPort, quiet));
        try {
            ProbeStatistics sender = nodes.get(0).getBean(ProbeStatistics.class);
            JdbcTemplate receiverDb = nodes.get(1).getBean(JdbcTemplate.class);
            out.printf("machine: %d cores, java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
            int warmup = Math.max(0, warmupMessages);
            out.println("warming up with " + warmup + " messages...");
            run(sender, warmup, 0);
            awaitApplied(receiverDb, warmup, out);
            if (backlog) {
                out.println("partner down; queueing " + messages + " messages...");
                out.flush();
                nodes.remove(1).close();
                run(sender, messages, 0);
                out.println("partner back; draining...");
                out.flush();
                nodes.add(DemoCommand.startCn(dir, cnPort, vnPort, quiet));
                receiverDb = nodes.get(1).getBean(JdbcTemplate.class);
            }
            long start = System.currentTimeMillis();
            if (!backlog) {
                out.printf("sending %d messages of %d bytes%s with %d threads...%n", messages, payloadBytes,
                        rate > 0 ? " at " + rate + "/s" : " as fast as possible", threads);
                out.flush();
                run(sender, messages, rate);
            }
            long sentAt = System.currentTimeMillis();
            long doneAt = awaitApplied(receiverDb, warmup + messages, out);
            long since = backlog ? 0 : start;
            long skip = backlog ? warmup : 0;
            var stats = receiverDb.queryForMap("SELECT COUNT(*) AS n, COUNT(DISTINCT message_id) AS d FROM exchange_probe"
                    + " WHERE created_ms >= ?", since);
            List<Long> lat = receiverDb.queryForList("SELECT applied_ms - created_ms FROM exchange_probe WHERE created_ms >= ?"
                    + " ORDER BY 1", Long.class, since);
            long rows = ((Number) stats.get("n")).longValue() - skip;
            long distinct = ((Number) stats.get("d")).longValue() - skip;
            if (backlog) {
                // the drain starts when the first queued message is applied (after the partner's restart and the
                // sender's retry back-off), not when the partner process was started
                Long first = receiverDb.queryForObject("SELECT MIN(applied_ms) FROM exchange_probe WHERE applied_ms >= ?", Long.class, start);
                out.printf("waited_for_retry_s=%.2f%n", (first - start) / 1000.0);
                start = first;
            }
            double seconds = (doneAt - start) / 1000.0;
            if (!backlog) {
                out.printf("offered_per_s=%.0f%n", messages / ((sentAt - start) / 1000.0));
            }
            out.printf("elapsed_s=%.2f%n", seconds);
            out.printf("envelopes_per_s=%.0f%n", messages / seconds);
            out.printf("p90_ms=%d%n", pct(lat, 0.90));
            out.printf("max_ms=%d%n", pct(lat, 1.0));
            out.printf("p50_ms=%d%n", pct(lat, 0.50));
            out.printf("p99_ms=%d%n", pct(lat, 0.99));
            out.printf("lost=%d%n", messages - distinct);
            out.printf("duplicates=%d%n", rows - distinct);
            return 0;
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    private void run(ProbeStatistics sender, int n, int perSecond) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    if (perSecond > 0) {
                        long due = t0 + (long) (i * 1e9 / perSecond);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                    }
                    sender.send("CN-GX", 1, payloadBytes, null);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private static long awaitApplied(JdbcTemplate db, long expected, PrintWriter out) throws InterruptedException {
        long last = -1;
        long lastChange = System.currentTimeMillis();
        while (true) {
            // a plain row count is cheap; repeats (if any) are counted separately at the end
            long n = db.queryForObject("SELECT COUNT(*) FROM exchange_probe", Long.class);
            if (n >= expected) {
                return System.currentTimeMillis();
            }
            if (n != last) {
                last = n;
                lastChange = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastChange > 60_000) {
                out.println("no progress for 60 s; giving up");
                return System.currentTimeMillis();
            }
            Thread.sleep(20);
        }
    }

    static long pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
