package org.liaison.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Many officers browsing one node at once, each a real HTTP client that logs in through the form. Requests made
 * during the warm-up are not measured (the JIT compiles the page paths meanwhile, and the logins happen then).
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Simulate officers browsing one node; prints requests, errors, pages_per_s, p50_ms, p90_ms, p99_ms, max_ms"
                + " and the p99 of each page.")
final class WebBench implements Callable<Integer> {

    private static final List<String> ACCOUNTS = List.of("cb.officer", "cb.supervisor", "cb.auditor");

    @Option(names = "--users", description = "Simulated officers at once (default ${DEFAULT-VALUE}).")
    int users = 200;

    @Option(names = "--duration", converter = DurationConverter.class, description = "Measured time, e.g. 60s, 2m (default 60s).")
    Duration duration = Duration.ofSeconds(60);

    @Option(names = "--warmup", converter = DurationConverter.class, description = "Unmeasured time first; the officers"
            + " log in during its first two thirds (default 15s).")
    Duration warmup = Duration.ofSeconds(15);

    @Option(names = "--think", converter = DurationConverter.class, description = "Mean reading time between two pages (default 1s).")
    Duration think = Duration.ofSeconds(1);

    @Option(names = "--url", description = "A running Cao Bang node (started with liaison.web.max-sessions-per-officer"
            + " raised, the officers share three demo accounts); without it a demo node is started in this process.")
    URI url;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, List<Long>> measured = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong warmupErrors = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile long measureFrom;
    private volatile long until;

    @Override
    public Integer call() throws Exception {
        if (users < 1 || duration.isNegative() || duration.isZero() || warmup.isNegative() || think.isNegative()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "users and duration must be positive, warmup and think not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter progress = spec.commandLine().getErr();
        double loadBefore = loadAverage();
        ConfigurableApplicationContext node = null;
        URI base = url;
        if (base == null) {
            int port = ExchangeBench.freePort();
            progress.println("starting a demo Cao Bang node on port " + port + "...");
            progress.flush();
            node = DemoCommand.startVn(Files.createTempDirectory("liaison-bench-web"), port, ExchangeBench.freePort(),
                    Map.of("logging.level.root", "ERROR", "logging.level.org.liaison", "ERROR",
                            "liaison.web.max-sessions-per-officer", String.valueOf(users + 10)));
            base = URI.create("http://localhost:" + port + "/");
        }
        try (HttpClient http = SimulatedOfficer.sharedClient()) {
            long start = System.nanoTime();
            measureFrom = start + warmup.toNanos();
            until = measureFrom + duration.toNanos();
            List<Thread> officers = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                // logins spread over the first two thirds of the warm-up, as officers arrive for a shift, not all at once
                long startAt = start + warmup.toNanos() * 2 / 3 * i / users;
                SimulatedOfficer officer = new SimulatedOfficer(http, base, ACCOUNTS.get(i % ACCOUNTS.size()), think, this::record);
                officers.add(Thread.ofVirtual().name("officer-" + i).start(() -> {
                    try {
                        Thread.sleep(Duration.ofNanos(Math.max(0, startAt - System.nanoTime())));
                        officer.run(until);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            awaitEnd(progress, start, officers);
            long measuredNanos = until - measureFrom;
            out.printf("machine: %d cores, java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
            out.println("target: " + (url == null ? "demo node in this process" : url));
            List<Long> all = new ArrayList<>();
            measured.values().forEach(all::addAll);
            Collections.sort(all);
            out.printf("users=%d%n", users);
            out.printf("duration_s=%d%n", duration.toSeconds());
            out.printf("think_ms=%d%n", think.toMillis());
            out.printf("requests=%d%n", all.size());
            out.printf("errors=%d%n", errors.get());
            out.printf("warmup_errors=%d%n", warmupErrors.get());
            new TreeMap<>(failures).forEach((what, n) -> out.printf("  %d x %s%n", n.get(), what));
            out.printf("pages_per_s=%.1f%n", all.size() / (measuredNanos / 1e9));
            out.printf("p50_ms=%d%n", ms(ExchangeBench.pct(all, 0.50)));
            out.printf("p90_ms=%d%n", ms(ExchangeBench.pct(all, 0.90)));
            out.printf("p99_ms=%d%n", ms(ExchangeBench.pct(all, 0.99)));
            out.printf("max_ms=%d%n", ms(ExchangeBench.pct(all, 1.0)));
            out.printf("%-20s %8s %8s %8s%n", "page", "requests", "p50_ms", "p99_ms");
            new TreeMap<>(measured).forEach((page, list) -> {
                List<Long> sorted = new ArrayList<>(list);
                Collections.sort(sorted);
                out.printf("%-20s %8d %8d %8d%n", page, sorted.size(), ms(ExchangeBench.pct(sorted, 0.50)),
                        ms(ExchangeBench.pct(sorted, 0.99)));
            });
            Runtime rt = Runtime.getRuntime();
            out.printf("heap_used_mb=%d%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            out.printf("heap_max_mb=%d%n", rt.maxMemory() >> 20);
            out.printf("cores=%d%n", rt.availableProcessors());
            out.printf("java=%s%n", Runtime.version());
            out.printf("load_before=%.2f%n", loadBefore);
            out.printf("load_after=%.2f%n", loadAverage());
            out.flush();
            return 0;
        } finally {
            if (node != null) {
                node.close();
            }
        }
    }

    /** Requests that start within the measured window count; the others only for errors during the warm-up. */
    private void record(String page, long startedAt, long nanos, String failure) {
        requests.incrementAndGet();
        boolean inWindow = startedAt >= measureFrom && startedAt < until;
        if (failure != null) {
            (inWindow ? errors : warmupErrors).incrementAndGet();
            failures.computeIfAbsent((inWindow ? "" : "warm-up: ") + page + ": " + failure, f -> new AtomicLong()).incrementAndGet();
        }
        if (inWindow) {
            measured.computeIfAbsent(page, p -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        }
    }

    /** Waits for the officers to finish, printing one progress line every 5 s. */
    private void awaitEnd(PrintWriter progress, long start, List<Thread> officers) throws InterruptedException {
        long last = 0;
        while (officers.stream().anyMatch(Thread::isAlive)) {
            for (Thread t : officers) {
                t.join(Duration.ofSeconds(5).minusNanos((System.nanoTime() - start) % 5_000_000_000L));
                if (t.isAlive()) {
                    break;
                }
            }
            long now = System.nanoTime();
            long r = requests.get();
            progress.printf("%5.0fs %s requests=%d (%.0f/s) errors=%d warmup_errors=%d%n", (now - start) / 1e9,
                    now < measureFrom ? "warm-up  " : now < until ? "measuring" : "finishing", r, (r - last) / 5.0,
                    errors.get(), warmupErrors.get());
            progress.flush();
            last = r;
        }
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** "60s", "500ms", "2m" or an ISO-8601 duration. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m)");

        @Override
        public Duration convert(String value) {
            Matcher m = SHORT.matcher(value.trim());
            if (!m.matches()) {
                return Duration.parse(value);
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        }
    }
}
