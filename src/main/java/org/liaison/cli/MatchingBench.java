package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.liaison.matching.Candidate;
import org.liaison.matching.Identity;
import org.liaison.matching.NameIndex;
import org.liaison.matching.NameMatcher;
import org.liaison.matching.WatchlistEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A synthetic watchlist of Vietnamese and Chinese people in mixed scripts ({@link SyntheticPeople}) in the Lucene name
 * index on disk; then single screens from several threads (half of them other writings of listed people, half people
 * not listed) and a batch screen written to CSV. Prints build time, queries per second, latency, batch rate, heap and
 * how many of the planted variants were found.
 */
@Command(name = "matching", mixinStandardHelpOptions = true,
        description = "Build a synthetic watchlist in the name index and screen against it; prints index_build_s, queries_per_s,"
                + " p50_ms, p99_ms, batch_names_per_s, heap_used_mb, planted_recall.")
final class MatchingBench implements Callable<Integer> {

    @Option(names = "--watchlist-size", description = "Entries in the watchlist (default ${DEFAULT-VALUE}).")
    int watchlistSize = 100_000;

    @Option(names = "--queries", description = "Single screens to time (default ${DEFAULT-VALUE}).")
    int queries = 20_000;

    @Option(names = "--batch", description = "Rows of the batch screen (default ${DEFAULT-VALUE}).")
    int batch = 100_000;

    @Option(names = "--threads", description = "Screening threads (default: one per processor).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", description = "Seed of the synthetic people (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--warmup", description = "Screens run first and not timed, at least (default ${DEFAULT-VALUE}): the"
            + " warm-up goes on in rounds of as many until a round leaves the JIT compiler next to idle, so that what is"
            + " timed is the compiled screening, not the compiling.")
    int warmupQueries = 10_000;

    /** A round of warm-up in which the JIT compiled for less than this share of the machine's time ends the warm-up. */
    private static final double SETTLED = 0.01;
    /** Rounds of warm-up at most, should the compiler never settle. */
    private static final int MAX_WARMUP_ROUNDS = 30;

    @Option(names = "--limit", description = "Candidates asked for per screen (default ${DEFAULT-VALUE}).")
    int limit = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (watchlistSize < 1 || queries < 0 || batch < 0 || threads < 1 || limit < 1 || warmupQueries < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "watchlist-size, threads and limit must be positive; queries, batch and warmup not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyntheticPeople people = SyntheticPeople.load();
        out.printf("machine: %d cores, java %s, max heap (-Xmx) %d MB, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        out.printf("watchlist %,d, queries %,d, batch %,d, threads %d, seed %d%n", watchlistSize, queries, batch, threads, seed);
        out.flush();
        Phase progress = new Phase();
        try (TempDirectory temp = new TempDirectory("liaison-bench-matching");
             ProgressLine line = new ProgressLine(err, progress::progress);
             NameIndex index = NameIndex.lucene(temp.path.resolve("names"))) {
            Path dir = temp.path;
            long start = System.nanoTime();
            AtomicLong indexed = progress.start("indexing", watchlistSize);
            index.replaceAll(LongStream.range(0, watchlistSize).mapToObj(i -> {
                indexed.incrementAndGet();
                return entry(people, i);
            }));
            double buildSeconds = seconds(start);
            out.printf("index_build_s=%.1f%n", buildSeconds);
            out.printf("index_entries=%d%n", index.size());
            out.printf("index_disk_mb=%.0f%n", directorySize(dir) / 1e6);
            out.printf("heap_used_mb=%d%n", heapUsedAfterGc() >> 20);
            out.printf("max_heap_mb=%d%n", Runtime.getRuntime().maxMemory() >> 20);
            out.flush();

            warmUp(index, people, progress, out);
            Results timed = new Results(queries);
            start = System.nanoTime();
            run(index, people, queries, 0, progress.start("screening", queries), timed);
            double querySeconds = seconds(start);
            long[] latencies = Arrays.copyOf(timed.nanos, queries);
            Arrays.sort(latencies);
            out.printf("queries_per_s=%.0f%n", queries / querySeconds);
            out.printf("p50_ms=%.2f%n", percentile(latencies, 0.50) / 1e6);
            out.printf("p99_ms=%.2f%n", percentile(latencies, 0.99) / 1e6);
            out.printf("max_ms=%.2f%n", percentile(latencies, 1.0) / 1e6);
            long[] cpu = Arrays.copyOf(timed.cpu, queries);
            Arrays.sort(cpu);
            out.printf("cpu_ms_per_query=%.3f (p50 %.3f, p99 %.3f; the threads' own CPU time, apart from waiting for a core)%n",
                    Arrays.stream(cpu).average().orElse(0) / 1e6, percentile(cpu, 0.5) / 1e6, percentile(cpu, 0.99) / 1e6);
            out.printf("candidates_per_query=%.1f%n", queries == 0 ? 0 : timed.candidates.get() / (double) queries);
            out.printf("planted_recall=%.4f (%d of %d planted variants at or above the threshold)%n",
                    ratio(timed.found.get(), timed.planted.get()), timed.found.get(), timed.planted.get());
            out.printf("planted_in_first=%.4f (%d among the first %d candidates returned)%n",
                    ratio(timed.inFirst.get(), timed.planted.get()), timed.inFirst.get(), limit);
            out.flush();

            if (batch > 0) {
                Path csv = dir.resolve("batch-matches.csv");
                AtomicLong screened = progress.start("batch screening", batch);
                start = System.nanoTime();
                long rows;
                try (var writer = Files.newBufferedWriter(csv)) {
                    rows = BatchScreen.run(index, subjects(people, batch, 2_000_000_000L), NameMatcher.OPERATING_THRESHOLD,
                            limit, threads, writer, screened);
                }
                double batchSeconds = seconds(start);
                out.printf("batch_names_per_s=%.0f%n", batch / batchSeconds);
                out.printf("batch_matches=%d%n", rows);
            }
            out.printf("heap_used_end_mb=%d%n", heapUsedAfterGc() >> 20);
            out.printf("load_average=%.2f%n", loadAverage());
            return 0;
        }
    }

    private WatchlistEntry entry(SyntheticPeople people, long i) {
        SyntheticPeople.Person p = people.person(seed, i);
        return new WatchlistEntry("W" + i, people.listed(p, SyntheticPeople.random(seed + 7, i)));
    }

    /**
     * Screens in rounds of {@link #warmupQueries} until the JIT compiler spent less than {@link #SETTLED} of the machine's
     * time in a round compiling. On two cores the compiler threads take a core from the screening while they work: at
     * 1,000,000 entries they still compile for seconds after the first 10,000 screens.
     */
    private void warmUp(NameIndex index, SyntheticPeople people, Phase progress, PrintWriter out) throws InterruptedException {
        if (warmupQueries == 0) return;
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        int rounds = 0;
        double share = 1;
        while (rounds < (measurable ? MAX_WARMUP_ROUNDS : 1) && share >= SETTLED) {
            long compiled = measurable ? jit.getTotalCompilationTime() : 0;
            long round = System.nanoTime();
            AtomicLong done = progress.start("warming up, round " + (rounds + 1), warmupQueries);
            run(index, people, warmupQueries, 1_000_000_000L + (long) rounds * warmupQueries, done, null);
            double cpuMillis = (System.nanoTime() - round) / 1e6 * Runtime.getRuntime().availableProcessors();
            share = measurable ? (jit.getTotalCompilationTime() - compiled) / cpuMillis : 0;
            rounds++;
        }
        out.printf("warmup_queries=%d (%d rounds, %.1f s; the last compiled for %.1f%% of its time)%n",
                (long) rounds * warmupQueries, rounds, seconds(start), 100 * share);
        out.flush();
    }

    /** Subject {@code j}: even ones another writing of a listed person, odd ones someone not listed. */
    private Subject subject(SyntheticPeople people, long j, long offset) {
        SplittableRandom r = SyntheticPeople.random(seed + 13, offset + j);
        if (j % 2 == 0) {
            long i = r.nextLong(watchlistSize);
            SyntheticPeople.Person p = people.person(seed, i);
            Identity listed = people.listed(p, SyntheticPeople.random(seed + 7, i));
            return new Subject("S" + j, people.variant(p, listed, r), "W" + i, listed);
        }
        return new Subject("S" + j, people.stranger(seed, offset + j), null, null);
    }

    private Stream<BatchScreen.Subject> subjects(SyntheticPeople people, int n, long offset) {
        return LongStream.range(0, n).mapToObj(j -> {
            Subject s = subject(people, j, offset);
            return new BatchScreen.Subject(s.id(), s.identity());
        });
    }

    /** A subject, and for another writing of a listed person, that person's entry. */
    private record Subject(String id, Identity identity, String listedAs, Identity listed) {
    }

    /** CPU time of the screening threads: on a shared machine, what a query costs apart from waiting for a core. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static final class Results {
        final long[] nanos;
        final long[] cpu;
        final AtomicLong planted = new AtomicLong(), found = new AtomicLong(), inFirst = new AtomicLong(), candidates = new AtomicLong();

        Results(int n) {
            nanos = new long[n];
            cpu = new long[n];
        }
    }

    /** {@code n} screens on {@link #threads} threads; subjects numbered from {@code offset}. */
    private void run(NameIndex index, SyntheticPeople people, int n, long offset, AtomicLong done, Results results)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = Thread.ofPlatform().name("screen-" + t).start(() -> {
                long j;
                while ((j = next.getAndIncrement()) < n) {
                    Subject s = subject(people, j, offset);
                    long c0 = CPU.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    List<Candidate> found = index.screen(s.identity(), limit);
                    long t1 = System.nanoTime();
                    long c1 = CPU.getCurrentThreadCpuTime();
                    done.incrementAndGet();
                    if (results == null) continue;
                    results.nanos[(int) j] = t1 - t0;
                    results.cpu[(int) j] = c1 - c0;
                    results.candidates.addAndGet(found.size());
                    if (s.listedAs() != null) {
                        results.planted.incrementAndGet();
                        if (found.stream().anyMatch(c -> c.entry().id().equals(s.listedAs()))) {
                            results.found.incrementAndGet();
                            results.inFirst.incrementAndGet();
                        } else if (found.size() == limit) {
                            // more than `limit` namesakes score as high: found, but not among the first asked for
                            double score = NameMatcher.standard().compare(s.identity(), s.listed()).score();
                            if (score >= NameMatcher.OPERATING_THRESHOLD && score <= found.get(limit - 1).match().score()) {
                                results.found.incrementAndGet();
                            }
                        }
                    }
                }
            });
        }
        for (Thread w : workers) w.join();
    }

    /** Which phase runs and how far it is, for the progress line. */
    private static final class Phase {
        private volatile String name;
        private volatile long total;
        private volatile AtomicLong done = new AtomicLong();
        private volatile long started = System.nanoTime();

        AtomicLong start(String phase, long of) {
            AtomicLong counter = new AtomicLong();
            name = phase;
            total = of;
            started = System.nanoTime();
            done = counter;
            return counter;
        }

        String progress() {
            if (name == null) return null;
            long n = done.get();
            double s = seconds(started);
            return "%s: %,d of %,d (%.0f/s, %.0f s)".formatted(name, n, total, n / Math.max(s, 1e-3), s);
        }
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : part / (double) whole;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }

    private static long heapUsedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long directorySize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

}
