package org.liaison.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.liaison.matching.Candidate;
import org.liaison.matching.Identity;
import org.liaison.matching.NameIndex;
import org.liaison.matching.SubjectCsv;

/**
 * Screens a stream of subjects against an index on several threads and writes the candidates as CSV in the order the
 * subjects came, best first per subject. Reading, screening and writing overlap; a bounded number of chunks is in
 * flight, so memory stays flat however long the stream.
 */
final class BatchScreen {

    /** Subjects screened together: large enough that common names repeat within it and are searched once. */
    private static final int CHUNK = 2_048;

    record Subject(String id, Identity identity) {
    }

    private BatchScreen() {
    }

    /**
     * @param done counts the subjects screened, for progress reports
     * @return the result rows written
     */
    static long run(NameIndex index, Stream<Subject> subjects, double threshold, int limit, int threads, Writer out,
                    AtomicLong done) throws IOException, InterruptedException {
        SubjectCsv.writeResultHeader(out);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "batch-screen");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        long rows = 0;
        try {
            Iterator<Subject> it = subjects.iterator();
            while (it.hasNext()) {
                List<Subject> chunk = new ArrayList<>(CHUNK);
                while (it.hasNext() && chunk.size() < CHUNK) chunk.add(it.next());
                inFlight.add(pool.submit(() -> screen(index, chunk, threshold, limit, done)));
                if (inFlight.size() >= threads * 4) rows += write(inFlight.poll(), out);
            }
            while (!inFlight.isEmpty()) rows += write(inFlight.poll(), out);
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return rows;
    }

    /** The result rows of a chunk of subjects, as CSV, and how many there are. */
    private record Chunk(String csv, int rows) {
    }

    private static Chunk screen(NameIndex index, List<Subject> chunk, double threshold, int limit, AtomicLong done) throws IOException {
        StringBuilder csv = new StringBuilder(chunk.size() * 64);
        int rows = 0;
        List<List<Candidate>> found = index.screenAll(chunk.stream().map(Subject::identity).toList(), threshold, limit);
        for (int i = 0; i < chunk.size(); i++) {
            for (Candidate c : found.get(i)) {
                SubjectCsv.writeResult(csv, chunk.get(i).id(), c);
                rows++;
            }
        }
        done.addAndGet(chunk.size());
        return new Chunk(csv.toString(), rows);
    }

    private static long write(Future<Chunk> chunk, Writer out) throws IOException, InterruptedException {
        Chunk c;
        try {
            c = chunk.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException(e.getCause());
        }
        out.write(c.csv());
        return c.rows();
    }
}
