package org.liaison.persons.internal;

import java.util.List;

/**
 * A change to person records or wanted notices refused before anything was written. Each problem names the
 * field it belongs to in the form's and the JSON request's own terms ({@code names[1].text},
 * {@code documents[0].number}, {@code birth.year}), or none for the record as a whole.
 */
public final class PersonsChangeRefused extends RuntimeException {

    /** The REST API maps these to 400, 404 and 409. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        /** Someone changed the record since it was read, or its state does not allow the change. */
        CONFLICT
    }

    public record Problem(Reason reason, String field, Explanation explanation) {
    }

    private final List<Problem> problems;

    PersonsChangeRefused(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    static PersonsChangeRefused one(Reason reason, String field, String key, Object... args) {
        return new PersonsChangeRefused(List.of(new Problem(reason, field, Explanation.of(key, args))));
    }

    /** One invalid field, for input a caller refuses before it reaches a use case (e.g. undecodable base64). */
    public static PersonsChangeRefused invalid(String field, String key, Object... args) {
        return one(Reason.INVALID, field, key, args);
    }

    static PersonsChangeRefused notFound() {
        return one(Reason.NOT_FOUND, null, "persons.error.notFound");
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean has(Reason reason) {
        return problems.stream().anyMatch(p -> p.reason() == reason);
    }

    private static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("change refused:");
        for (Problem p : problems) {
            sb.append(' ').append(p.field() == null ? "-" : p.field()).append('=').append(p.explanation().key())
                    .append(p.explanation().args());
        }
        return sb.toString();
    }
}
