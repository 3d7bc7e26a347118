package org.liaison.audit;

import java.util.Objects;

/**
 * The outcome of {@link AuditLog#verify()}: intact, or the first row that does not fit the chain and why.
 *
 * @param rowsChecked    how many rows were read
 * @param firstBrokenSeq sequence number of the first row that does not fit the chain, or -1
 * @param problem        what kind of break was found, or null when intact
 * @param reason         why that row is broken, in English (for the command line and logs), or empty when intact
 */
public record AuditVerification(long rowsChecked, long firstBrokenSeq, Problem problem, String reason) {

    /** The kinds of break verification tells apart; each names the tampering that causes it. */
    public enum Problem {
        /** A row number is skipped: rows were deleted from the middle of the log. */
        ROWS_MISSING,
        /** The row's link to the row before it does not match: rows reordered, inserted, or deleted and re-linked. */
        LINK_BROKEN,
        /** The row's fields no longer give its hash: the row was edited. */
        CONTENT_CHANGED,
        /** The chain ends before the row the log's head records: the last rows were deleted. */
        TAIL_MISSING,
        /** A row lies beyond the row the log's head records: it was added outside the application. */
        ROWS_AFTER_HEAD
    }

    public AuditVerification {
        if ((problem == null) != (firstBrokenSeq < 0)) {
            throw new IllegalArgumentException("a broken row needs a problem and an intact log none; got row "
                    + firstBrokenSeq + " with problem " + problem);
        }
        reason = reason == null ? "" : reason;
    }

    public static AuditVerification intact(long rowsChecked) {
        return new AuditVerification(rowsChecked, -1, null, "");
    }

    public static AuditVerification broken(long rowsChecked, long firstBrokenSeq, Problem problem, String reason) {
        Objects.requireNonNull(problem, "problem");
        return new AuditVerification(rowsChecked, firstBrokenSeq, problem, reason);
    }

    public boolean intact() {
        return problem == null;
    }

    public String describe() {
        return intact()
                ? "audit log intact: " + rowsChecked + " rows verified"
                : "audit log BROKEN at row " + firstBrokenSeq + ": " + reason + " (" + rowsChecked + " rows read)";
    }
}
