package org.liaison.directory.internal;

import java.util.List;

/**
 * A directory change that was refused before anything was written: each problem names the form field it
 * belongs to (or none, for the whole record) and a message key from the {@code directory} bundle.
 */
public final class DirectoryChangeRefused extends RuntimeException {

    /** Why a problem arose; the REST API maps these to 400, 409 and 404. */
    public enum Reason {
        /** The input breaks a rule: unknown agency or parent unit, a unit of the wrong agency, a short password. */
        INVALID,
        /** A record with this code or name already exists. */
        DUPLICATE,
        /** Someone else changed the record since it was read. */
        STALE,
        /** The record to change does not exist. */
        NOT_FOUND
    }

    /**
     * @param reason     what kind of problem it is
     * @param field      the form field, or {@code null} when the problem concerns the whole record
     * @param messageKey a key of the {@code directory} message bundle
     * @param args       the message's arguments
     */
    public record Problem(Reason reason, String field, String messageKey, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }

    private final List<Problem> problems;

    DirectoryChangeRefused(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    static DirectoryChangeRefused one(Reason reason, String field, String messageKey, Object... args) {
        return new DirectoryChangeRefused(List.of(new Problem(reason, field, messageKey, List.of(args))));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** True when at least one problem has this reason. */
    public boolean has(Reason reason) {
        return problems.stream().anyMatch(p -> p.reason() == reason);
    }

    private static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("directory change refused:");
        for (Problem p : problems) {
            sb.append(' ').append(p.field() == null ? "-" : p.field()).append('=').append(p.messageKey()).append(p.args());
        }
        return sb.toString();
    }
}
