package org.liaison.screening.internal;

import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.matching.NameMatcher;
import org.liaison.persons.NoticeSnapshot;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.screening.internal.BatchView.Match;
import org.liaison.screening.internal.PersonIndex.PersonCandidate;
import org.liaison.screening.internal.PersonIndex.Scope;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Screens uploaded CSV files in the background, one file at a time: the upload is kept in a temporary file under the
 * node's data folder and read twice as a stream (once to count the rows for the progress bar, once to screen them),
 * never whole in memory. Each officer sees only their own jobs, for {@link #KEEP} after they end; jobs live in
 * memory, so a restart forgets them (and removes their files).
 */
@Service
public class BatchJobs {

    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);

    /** The largest file taken: some 800,000 rows of a crossing list. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** How long a finished job, its results and its download stay. */
    public static final Duration KEEP = Duration.ofHours(24);
    /** Jobs an officer may have waiting or running at once. */
    static final int MAX_OPEN = 3;
    /** Persons reported per row at most. */
    static final int MATCHES_PER_ROW = 10;
    /** Bytes checked at upload for being UTF-8 text; later bytes that are not make their row malformed. */
    static final int SNIFF = 64 * 1024;

    static final String MATCHES_HEADER =
            "subject_id,watchlist_id,score,explanation,subject_name,watchlist_name,record,wanted_notices";

    private final PersonIndex index;
    private final Persons persons;
    private final EvidenceText text;
    private final AuditLog audit;
    private final NodeProperties node;
    private final Path dir;
    private final Map<UUID, BatchJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screening-batch");
        t.setDaemon(true);
        return t;
    });

    BatchJobs(PersonIndex index, Persons persons, EvidenceText text, AuditLog audit, NodeProperties node) {
        this.index = index;
        this.persons = persons;
        this.text = text;
        this.audit = audit;
        this.node = node;
        this.dir = node.dataDir().resolve("screening-batches");
        // jobs live in memory: files left by an earlier run belong to no job any more
        deleteFiles();
    }

    /**
     * Checks the upload (chosen and not empty, not too large, UTF-8 text with a header naming at least {@code id} and
     * {@code name}), stores it and queues the job. Refused uploads leave nothing behind.
     */
    public BatchView start(Actor actor, String fileName, long size, InputStreamSource content, Locale locale) {
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : Path.of(fileName).getFileName().toString();
        if (size <= 0) {
            throw ScreeningRefused.invalid("file", "screening.batch.error.empty");
        }
        if (size > MAX_BYTES) {
            throw ScreeningRefused.invalid("file", "screening.batch.error.tooLarge", megabytes(size), megabytes(MAX_BYTES));
        }
        if (jobs.values().stream().filter(j -> j.owner.equals(actor.username()) && j.open()).count() >= MAX_OPEN) {
            throw ScreeningRefused.invalid("file", "screening.batch.error.busy", String.valueOf(MAX_OPEN));
        }
        UUID id = UUID.randomUUID();
        Path upload = dir.resolve(id + ".csv");
        try {
            Files.createDirectories(dir);
            try (InputStream in = content.getInputStream()) {
                Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            checkContent(upload);
        } catch (IOException e) {
            delete(upload);
            throw new UncheckedIOException(e);
        } catch (ScreeningRefused refused) {
            delete(upload);
            throw refused;
        }
        BatchJob job = new BatchJob(id, actor.username(), cut(name, 200), size, Instant.now(), locale, upload,
                dir.resolve(id + "-matches.csv"));
        jobs.put(id, job);
        audit.append(new AuditEntry(actor.username(), actor.agency(), "SCREEN", "screening_batch", id.toString(),
                actor.remoteAddr(), "file " + job.fileName + ", " + size + " bytes"));
        worker.submit(() -> run(job));
        return job.view();
    }

    /** An officer's job; another officer's is not found. */
    public Optional<BatchView> job(UUID id, Actor reader) {
        return own(id, reader).map(BatchJob::view);
    }

    /** The officer's jobs, newest first. */
    public List<BatchView> jobs(Actor reader) {
        return jobs.values().stream().filter(j -> j.owner.equals(reader.username()))
                .sorted(Comparator.comparing((BatchJob j) -> j.created).reversed())
                .map(BatchJob::view).toList();
    }

    /** The matches file of a finished job of the officer's; the download is audited. */
    public Optional<Path> matches(UUID id, Actor reader) {
        return own(id, reader).filter(j -> j.view().state() == BatchView.State.DONE).map(j -> {
            audit.append(new AuditEntry(reader.username(), reader.agency(), "EXPORT", "screening_batch", id.toString(),
                    reader.remoteAddr(), "matches of " + j.fileName));
            return j.matchesFile;
        });
    }

    private Optional<BatchJob> own(UUID id, Actor reader) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(reader.username()));
    }

    /** Forgets jobs that ended more than {@link #KEEP} ago, with their files. */
    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    void expire() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> {
            boolean old = j.finished() != null && j.finished().isBefore(limit);
            if (old) {
                delete(j.upload);
                delete(j.matchesFile);
            }
            return old;
        });
    }

    private void run(BatchJob job) {
        try {
            job.counting();
            job.running(Math.max(0, count(job.upload) - 1));
            index.awaitFirstBuild(AutomaticScreening.FIRST_BUILD_WAIT);
            screen(job);
            job.done(Instant.now());
            var v = job.view();
            audit.append(new AuditEntry(job.owner, node.agency(), "SCREEN", "screening_batch", job.id.toString(), "",
                    "screened " + job.fileName + ": " + v.done() + " rows, " + v.matchCount() + " matches, "
                            + v.malformedCount() + " malformed"));
        } catch (IOException | RuntimeException e) {
            log.error("Batch screening {} of {} failed", job.id, job.fileName, e);
            job.failed(Text.of("screening.batch.error.failed"), Instant.now());
        } finally {
            delete(job.upload);
        }
    }

    private static long count(Path file) throws IOException {
        long n = 0;
        try (CsvRows csv = rows(file)) {
            while (csv.next() != null) {
                n++;
            }
        }
        return n;
    }

    private void screen(BatchJob job) throws IOException {
        Map<UUID, Watched> seen = new HashMap<>();
        try (CsvRows csv = rows(job.upload); Writer out = Files.newBufferedWriter(job.matchesFile, StandardCharsets.UTF_8)) {
            List<String> header = csv.next().fields();
            Map<String, Integer> columns = columns(header);
            int width = header.size();
            out.write(MATCHES_HEADER + "\n");
            CsvRows.Row row;
            while ((row = csv.next()) != null && !Thread.currentThread().isInterrupted()) {
                screenRow(job, columns, width, row, out, seen);
                job.rowDone();
            }
        }
    }

    /** A person matched in this job: read once (an audited read by the job's officer), then remembered. */
    private record Watched(PersonSnapshot person, String name, List<String> notices) {
    }

    private void screenRow(BatchJob job, Map<String, Integer> columns, int width, CsvRows.Row row, Writer out,
                           Map<UUID, Watched> seen) throws IOException {
        if (row.malformed()) {
            job.malformed(row.line(), row.problem());
            return;
        }
        if (row.fields().size() != width) {
            job.malformed(row.line(), Text.of("screening.batch.row.fields", String.valueOf(row.fields().size()),
                    String.valueOf(width)));
            return;
        }
        String id = field(row, columns, "id").strip();
        if (id.isEmpty()) {
            job.malformed(row.line(), Text.of("screening.batch.row.noId"));
            return;
        }
        SubjectFields.Result subject = SubjectFields.read(field(row, columns, "name"), field(row, columns, "birth_date"),
                field(row, columns, "sex"), field(row, columns, "nationality"), SubjectFields.Names.CSV);
        if (subject.identity() == null) {
            ScreeningRefused.Problem p = subject.problems().getFirst();
            job.malformed(row.line(), Text.of("screening.batch.row.column", p.field(), p.text()));
            return;
        }
        for (PersonCandidate c : index.screen(List.of(subject.identity()), Scope.ALL, NameMatcher.OPERATING_THRESHOLD,
                MATCHES_PER_ROW)) {
            Watched w = seen.computeIfAbsent(c.person().value(), p -> watched(c.person(), job));
            if (w == null) {
                continue;
            }
            List<EvidenceLine> evidence = c.best().match().evidence().stream().map(EvidenceLine::of).toList();
            Match m = new Match(row.line(), id, subject.identity().name(), c.person(), w.name(),
                    w.person().originAgency(), c.score(), evidence, w.notices());
            job.matched(m);
            out.write(csvLine(List.of(id, c.person().toString(), String.format(Locale.ROOT, "%.3f", c.score()),
                    text.joined(evidence, job.locale), subject.identity().name(), w.name(), m.origin(),
                    String.join(" ", w.notices()))));
        }
    }

    private Watched watched(PersonId id, BatchJob job) {
        return persons.person(id, job.owner).map(p -> new Watched(p, p.displayName(job.locale).text(),
                persons.noticesAbout(id, job.owner).stream().filter(NoticeSnapshot::active)
                        .map(n -> n.id().toString()).toList())).orElse(null);
    }

    /** Column positions by name (lower case); the header was checked at upload. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String field(CsvRows.Row row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null ? "" : row.fields().get(i);
    }

    static String csvLine(List<String> fields) {
        return fields.stream().map(f -> f.matches("(?s).*[\",\r\n].*") ? "\"" + f.replace("\"", "\"\"") + "\"" : f)
                .collect(Collectors.joining(",")) + "\n";
    }

    private static CsvRows rows(Path file) throws IOException {
        // malformed bytes become U+FFFD: the row that holds them is reported, the rest still runs
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new CsvRows(new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8), 1 << 16));
    }

    /** Refuses what is not a CSV text file: binary content, text not in UTF-8, a header without id and name. */
    private static void checkContent(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        for (byte b : head) {
            if (b == 0) {
                throw ScreeningRefused.invalid("file", "screening.batch.error.binary");
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head);
        CoderResult result = utf8.decode(bytes, CharBuffer.allocate(head.length), head.length < SNIFF);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < bytes.position(); i++) {
                line += head[i] == '\n' ? 1 : 0;
            }
            throw ScreeningRefused.invalid("file", "screening.batch.error.notUtf8", String.valueOf(line));
        }
        List<String> header;
        try (CsvRows csv = rows(file)) {
            CsvRows.Row first = csv.next();
            header = first == null || first.malformed() ? List.of()
                    : first.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        }
        if (!header.contains("id") || !header.contains("name")) {
            throw ScreeningRefused.invalid("file", "screening.batch.error.header", cut(String.join(",", header), 120));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    private void deleteFiles() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(BatchJobs::delete);
        } catch (IOException e) {
            log.warn("Could not clear {}: {}", dir, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        deleteFiles();
    }
}
