package org.liaison.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.persons.PersonId;

/**
 * A batch job as its page shows it: how far it got and what it found so far.
 *
 * @param total     data rows in the file (known once counted; 0 before)
 * @param malformed the first malformed rows, by line ({@code malformedCount} has them all)
 * @param matches   the first matches ({@code matchCount} has them all, the download lists them all)
 * @param failure   why the job stopped, when it failed
 */
public record BatchView(UUID id, String fileName, long bytes, Instant created, State state, long total,
                        long done, long matchCount, long malformedCount, List<Malformed> malformed,
                        List<Match> matches, Instant finished, Text failure) {

    public enum State { QUEUED, COUNTING, RUNNING, DONE, FAILED }

    /** A row that was not screened, and why. */
    public record Malformed(long line, Text reason) {
    }

    /**
     * A person found for a row.
     *
     * @param origin  the agency whose record it is: the own agency, or the partner it was received from
     * @param notices the ids of the wanted notices in force about the person
     */
    public record Match(long line, String subjectId, String subjectName, PersonId person, String personName,
                        String origin, double score, List<EvidenceLine> evidence, List<String> notices) {

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public boolean running() {
        return state != State.DONE && state != State.FAILED;
    }

    public String stateName() {
        return state.name();
    }
}
