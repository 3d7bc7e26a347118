package org.liaison.screening.internal;

import java.util.List;

/**
 * A screening action refused before anything was written: why, in the reader's words once translated, and the form
 * or request field each problem belongs to (or none).
 */
public final class ScreeningRefused extends RuntimeException {

    /** The REST API maps these to 400, 404 and 409. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        /** The record's state does not allow it, e.g. a hit that was reviewed already. */
        CONFLICT
    }

    /** @param field the form or request field, or null for the request as a whole */
    public record Problem(String field, Text text) {
    }

    private final Reason reason;
    private final List<Problem> problems;

    ScreeningRefused(Reason reason, List<Problem> problems) {
        super(reason + " " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    static ScreeningRefused invalid(String field, String key, Object... args) {
        return new ScreeningRefused(Reason.INVALID, List.of(new Problem(field, Text.of(key, args))));
    }

    static ScreeningRefused conflict(String key, Object... args) {
        return new ScreeningRefused(Reason.CONFLICT, List.of(new Problem(null, Text.of(key, args))));
    }

    static ScreeningRefused notFound() {
        return new ScreeningRefused(Reason.NOT_FOUND, List.of(new Problem(null, Text.of("screening.error.notFound"))));
    }

    public Reason reason() {
        return reason;
    }

    public List<Problem> problems() {
        return problems;
    }
}
