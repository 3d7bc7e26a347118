package org.liaison.handovers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A handover change refused before anything was written, with every problem found: a key of the {@code handovers}
 * bundle (shown in the reader's language) and the form or JSON field it belongs to, or none for the whole record.
 */
public final class HandoverRefused extends RuntimeException {

    /** The REST API maps these to 400, 404 and 409. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        /** Not this side's stage, not in this status, or changed by someone else meanwhile. */
        CONFLICT
    }

    public record Problem(Reason reason, String field, MessageSourceResolvable text) {
    }

    private final List<Problem> problems;

    HandoverRefused(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    static HandoverRefused one(Reason reason, String field, String key, Object... args) {
        return new HandoverRefused(List.of(new Problem(reason, field, text(key, args))));
    }

    /** One invalid field, for input refused before it reaches a use case. */
    public static HandoverRefused invalid(String field, String key, Object... args) {
        return one(Reason.INVALID, field, key, args);
    }

    public static HandoverRefused notFound() {
        return one(Reason.NOT_FOUND, null, "handovers.error.notFound");
    }

    /** A sentence of the bundle; arguments that are themselves {@link MessageSourceResolvable} get translated too. */
    public static MessageSourceResolvable text(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key + Arrays.toString(args));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean has(Reason reason) {
        return problems.stream().anyMatch(p -> p.reason() == reason);
    }

    private static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("handover change refused:");
        for (Problem p : problems) {
            sb.append(' ').append(p.field() == null ? "-" : p.field()).append('=').append(p.text().getDefaultMessage());
        }
        return sb.toString();
    }

    /** Collects everything wrong with a form so the officer sees all of it at once, next to the fields. */
    static final class Problems {

        private final List<Problem> found = new ArrayList<>();

        /** Adds "required" when blank; returns the stripped text, or null. */
        String text(String field, String value, int max, boolean required) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty()) {
                if (required) {
                    invalid(field, "handovers.validation.required");
                }
                return required ? null : "";
            }
            if (v.length() > max) {
                invalid(field, "handovers.validation.tooLong", String.valueOf(max));
                return null;
            }
            return v;
        }

        void invalid(String field, String key, Object... args) {
            found.add(new Problem(Reason.INVALID, field, HandoverRefused.text(key, args)));
        }

        <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
            if (value == null || value.isBlank()) {
                invalid(field, "handovers.validation.required");
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                invalid(field, "handovers.validation.choice", value);
                return null;
            }
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new HandoverRefused(found);
            }
        }
    }
}
