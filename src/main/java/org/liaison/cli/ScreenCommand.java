package org.liaison.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.liaison.matching.NameIndex;
import org.liaison.matching.NameMatcher;
import org.liaison.matching.SubjectCsv;
import org.liaison.matching.WatchlistEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Screens a file of people (a border-gate crossing list, a list of suspects) against a watchlist file with the same
 * name index and operating threshold as the node, for batch work and integration with other systems.
 */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Screen a file of people against a watchlist; writes every pair at or above the threshold, best first per subject.",
                "Both files: UTF-8 CSV, first row naming the columns: id,name and optionally birth_date (1975-03-14, 1975-03,"
                        + " 1975 or ~1975), sex (M or F), nationality (VN, VNM, CN, CHN...), id_number; other columns are ignored.",
                "Output: subject_id,watchlist_id,score,explanation.",
                "A row that cannot be read is reported on stderr with its line number and left out; the rest still runs.",
                "Exit status: 0 all rows were screened; 1 done, but some rows were left out; 2 bad arguments or a file that"
                        + " cannot be read at all (one line on stderr)."})
final class ScreenCommand implements Callable<Integer> {

    @Option(names = "--watchlist", required = true, paramLabel = "W.csv", description = "The people to look for.")
    Path watchlist;

    @Option(names = "--subjects", required = true, paramLabel = "S.csv", description = "The people to screen.")
    Path subjects;

    @Option(names = "--out", required = true, paramLabel = "M.csv", description = "Where to write the matches (replaced).")
    Path out;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Lowest score written, 0 to 1 (default ${DEFAULT-VALUE}, the operating point of the node's screens).")
    double threshold = NameMatcher.OPERATING_THRESHOLD;

    @Option(names = "--max-candidates", paramLabel = "N", description = "At most N matches per subject (default: all).")
    int maxCandidates = Integer.MAX_VALUE;

    @Option(names = "--threads", paramLabel = "N", description = "Screening threads (default: one per processor).")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(threshold > 0 && threshold <= 1)) fail("--threshold must be above 0 and at most 1, got " + threshold);
        if (maxCandidates < 1 || threads < 1) fail("--max-candidates and --threads must be positive");
        for (Path in : new Path[] {watchlist, subjects}) {
            if (!Files.isRegularFile(in) || !Files.isReadable(in)) fail("cannot read " + in);
        }
        Path outDir = out.toAbsolutePath().getParent();
        if (outDir == null || !Files.isDirectory(outDir) || !Files.isWritable(outDir)) fail("cannot write " + out);
        PrintWriter err = spec.commandLine().getErr();
        AtomicLong skipped = new AtomicLong();
        Reading reading = new Reading();
        try (TempDirectory indexDir = new TempDirectory("liaison-screen");
             NameIndex index = NameIndex.lucene(indexDir.path);
             ProgressLine progress = new ProgressLine(err, reading::progress)) {
            try (Stream<SubjectCsv.Line> lines = read(watchlist, reading)) {
                Map<String, Long> seen = new HashMap<>();
                index.replaceAll(rows(lines, watchlist, err, skipped).filter(row -> {
                    Long first = seen.putIfAbsent(row.id(), row.line());
                    if (first == null) return true;
                    report(err, watchlist, new SubjectCsv.RowError(row.line(), "matching.csv.duplicateId",
                            List.of(row.id(), Long.toString(first))), skipped);
                    return false;
                }).map(row -> new WatchlistEntry(row.id(), row.identity())));
            }
            int entries = index.size();
            long written;
            AtomicLong screened = new AtomicLong();
            try (Stream<SubjectCsv.Line> lines = read(subjects, reading);
                 BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                written = BatchScreen.run(index, rows(lines, subjects, err, skipped)
                        .map(row -> new BatchScreen.Subject(row.id(), row.identity())), threshold, maxCandidates, threads, writer, screened);
            }
            err.printf("screened %,d subjects against %,d watchlist entries: %,d matches at or above %.2f written to %s%s%n",
                    screened.get(), entries, written, threshold, out, skipped.get() == 0 ? "" : "; rows left out: " + skipped.get());
            err.flush();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) fail("a file is not UTF-8 text: save it as CSV UTF-8");
            throw e;
        }
        return skipped.get() == 0 ? 0 : 1;
    }

    private void fail(String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The file's lines; the first row is checked at once. Not UTF-8: an error, not replacement characters. */
    private Stream<SubjectCsv.Line> read(Path file, Reading reading) throws IOException {
        CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
        reading.start(file, in, Files.size(file));
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return SubjectCsv.read(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
        } catch (SubjectCsv.FileError e) {
            in.close();
            throw new CommandLine.ParameterException(spec.commandLine(), file + ": " + e.getMessage());
        }
    }

    /** The rows read; each row left out is reported and counted. */
    private static Stream<SubjectCsv.Row> rows(Stream<SubjectCsv.Line> lines, Path file, PrintWriter err, AtomicLong skipped) {
        return lines.<SubjectCsv.Row>mapMulti((line, rows) -> {
            switch (line) {
                case SubjectCsv.Row row -> rows.accept(row);
                case SubjectCsv.RowError error -> report(err, file, error, skipped);
            }
        });
    }

    private static void report(PrintWriter err, Path file, SubjectCsv.RowError error, AtomicLong skipped) {
        err.println(file.getFileName() + ": " + error.lineMessage(Locale.ENGLISH));
        err.flush();
        skipped.incrementAndGet();
    }

    /** Bytes read so far, for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        final AtomicLong count = new AtomicLong();

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count.incrementAndGet();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count.addAndGet(n);
            return n;
        }
    }

    /** Which file is being read and how far. */
    private static final class Reading {
        private volatile Path file;
        private volatile CountingInputStream in;
        private volatile long size;

        void start(Path file, CountingInputStream in, long size) {
            this.file = file;
            this.in = in;
            this.size = size;
        }

        String progress() {
            CountingInputStream current = in;
            if (current == null) return null;
            return "%s: %.0f %% read".formatted(file.getFileName(), 100.0 * current.count.get() / Math.max(1, size));
        }
    }
}
