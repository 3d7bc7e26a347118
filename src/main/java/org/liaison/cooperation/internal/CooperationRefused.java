package org.liaison.cooperation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A change refused before anything was written or sent. Each problem names the field it belongs to, in the form's
 * and the JSON request's own terms ({@code title}, {@code attachments[1]}), or none for the item as a whole.
 */
public final class CooperationRefused extends RuntimeException {

    /** The REST API maps these to 400, 404 and 409. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        /** The item's state or its handling conditions do not allow the action, or someone changed it meanwhile. */
        CONFLICT
    }

    public record Problem(Reason reason, String field, Explanation explanation) {
    }

    private final List<Problem> problems;

    CooperationRefused(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + "=" + p.explanation().key() + p.explanation().args()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    static CooperationRefused one(Reason reason, String field, String key, Object... args) {
        return new CooperationRefused(List.of(new Problem(reason, field, Explanation.of(key, args))));
    }

    /** One invalid field, for input refused before it reaches a use case (e.g. undecodable base64). */
    public static CooperationRefused invalid(String field, String key, Object... args) {
        return one(Reason.INVALID, field, key, args);
    }

    static CooperationRefused notFound() {
        return one(Reason.NOT_FOUND, null, "cooperation.error.notFound");
    }

    static CooperationRefused conflict(String key, Object... args) {
        return one(Reason.CONFLICT, null, key, args);
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean has(Reason reason) {
        return problems.stream().anyMatch(p -> p.reason() == reason);
    }

    /** Collects everything wrong with a change so the user sees all of it at once, next to the fields. */
    static final class Problems {

        private final List<Problem> found = new ArrayList<>();

        /** Adds a "required" problem when the value is null or blank; true when it is present. */
        boolean required(String field, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                invalid(field, "cooperation.validation.required");
                return false;
            }
            return true;
        }

        /** Required text of at most {@code max} characters; true when it is fine. */
        boolean text(String field, String value, int max) {
            return required(field, value) && fits(field, value, max);
        }

        boolean fits(String field, String value, int max) {
            if (value != null && value.strip().length() > max) {
                invalid(field, "cooperation.validation.tooLong", String.valueOf(max));
                return false;
            }
            return true;
        }

        void invalid(String field, String key, Object... args) {
            found.add(new Problem(Reason.INVALID, field, Explanation.of(key, args)));
        }

        void invalid(String field, Explanation explanation) {
            found.add(new Problem(Reason.INVALID, field, explanation));
        }

        /** The enum constant named by {@code value}; null with a problem when it is blank or no constant. */
        <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
            if (!required(field, value)) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip());
            } catch (IllegalArgumentException e) {
                invalid(field, "cooperation.validation.choice", value);
                return null;
            }
        }

        /** Adds another refusal's problems under this field (e.g. a linked report that may not be passed on). */
        void addAll(String field, CooperationRefused refused) {
            refused.problems().forEach(p -> found.add(new Problem(Reason.INVALID, field, p.explanation())));
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new CooperationRefused(found);
            }
        }
    }
}
