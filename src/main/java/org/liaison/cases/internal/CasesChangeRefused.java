package org.liaison.cases.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A change to a case refused before anything was written. Each problem names the field it belongs to, in the
 * form's and the JSON request's terms ({@code titleVi}, {@code seizure.quantity}), or none for the action as a whole,
 * and says why in a key of the {@code cases} bundle.
 */
public final class CasesChangeRefused extends RuntimeException {

    /** The REST API answers 400, 404 and 409. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        /** The case's state, its origin or someone else's change since it was read does not allow this. */
        CONFLICT
    }

    /** @param args plain strings, or terms that are translated too */
    public record Problem(Reason reason, String field, String key, List<Object> args) implements MessageSourceResolvable {

        public Problem {
            args = List.copyOf(args);
        }

        @Override
        public String[] getCodes() {
            return new String[] {key};
        }

        @Override
        public Object[] getArguments() {
            return args.toArray();
        }

        @Override
        public String getDefaultMessage() {
            return key + args;
        }
    }

    private final List<Problem> problems;

    CasesChangeRefused(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    static CasesChangeRefused one(Reason reason, String field, String key, Object... args) {
        return new CasesChangeRefused(List.of(new Problem(reason, field, key, Arrays.asList(args))));
    }

    static CasesChangeRefused conflict(String key, Object... args) {
        return one(Reason.CONFLICT, null, key, args);
    }

    /** One invalid field, for input refused before it reaches a use case (e.g. a JSON value of the wrong type). */
    public static CasesChangeRefused invalid(String field, String key, Object... args) {
        return one(Reason.INVALID, field, key, args);
    }

    static CasesChangeRefused notFound() {
        return one(Reason.NOT_FOUND, null, "cases.error.notFound");
    }

    /** A word that is itself translated, e.g. {@code term("cases.status.CLOSED")}. */
    public static MessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
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
            sb.append(' ').append(p.field() == null ? "-" : p.field()).append('=').append(p.key()).append(p.args());
        }
        return sb.toString();
    }
}
