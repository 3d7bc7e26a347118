package org.liaison.screening.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liaison.screening.internal.BatchView.Malformed;
import org.liaison.screening.internal.BatchView.Match;
import org.liaison.screening.internal.BatchView.State;

/**
 * One uploaded file being screened: the counters the progress bar shows, the first malformed rows and matches (all
 * matches go to a file for download), kept in memory for {@link BatchJobs#KEEP}. Written by the one worker thread,
 * read by pages through {@link #view()}.
 */
final class BatchJob {

    /** Rows and matches listed on the page at most; the download has every match. */
    static final int LISTED = 500;

    final UUID id;
    final String owner;
    final String fileName;
    final long bytes;
    final Instant created;
    final Locale locale;
    final Path upload;
    final Path matchesFile;

    private volatile State state = State.QUEUED;
    private volatile long total;
    private volatile long done;
    private volatile long matchCount;
    private volatile long malformedCount;
    private volatile Instant finished;
    private volatile Text failure;
    private final List<Malformed> malformed = new ArrayList<>();
    private final List<Match> matches = new ArrayList<>();

    BatchJob(UUID id, String owner, String fileName, long bytes, Instant created, Locale locale, Path upload,
             Path matchesFile) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.bytes = bytes;
        this.created = created;
        this.locale = locale;
        this.upload = upload;
        this.matchesFile = matchesFile;
    }

    void counting() {
        state = State.COUNTING;
    }

    void running(long rows) {
        total = rows;
        state = State.RUNNING;
    }

    void rowDone() {
        done++;
    }

    synchronized void malformed(long line, Text reason) {
        malformedCount++;
        if (malformed.size() < LISTED) {
            malformed.add(new Malformed(line, reason));
        }
    }

    synchronized void matched(Match m) {
        matchCount++;
        if (matches.size() < LISTED) {
            matches.add(m);
        }
    }

    void done(Instant at) {
        finished = at;
        state = State.DONE;
    }

    void failed(Text why, Instant at) {
        failure = why;
        finished = at;
        state = State.FAILED;
    }

    boolean open() {
        return state == State.QUEUED || state == State.COUNTING || state == State.RUNNING;
    }

    Instant finished() {
        return finished;
    }

    synchronized BatchView view() {
        return new BatchView(id, fileName, bytes, created, state, total, done, matchCount, malformedCount,
                List.copyOf(malformed), List.copyOf(matches), finished, failure);
    }
}
