package org.liaison.persons.internal;

import java.util.ArrayList;
import java.util.List;
import org.liaison.persons.internal.PersonsChangeRefused.Problem;
import org.liaison.persons.internal.PersonsChangeRefused.Reason;

/** Collects everything wrong with a change so the user sees all of it at once, next to the fields. */
final class Problems {

    static final String REQUIRED = "persons.validation.required";

    private final List<Problem> found = new ArrayList<>();

    /** Adds a "required" problem when the value is null or blank; true when it is present. */
    boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            invalid(field, REQUIRED);
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

    /** Checks the length of a free text; true when it fits. */
    boolean fits(String field, String value, int max) {
        if (value != null && value.length() > max) {
            invalid(field, "persons.validation.tooLong", String.valueOf(max));
            return false;
        }
        return true;
    }

    /** The enum constant named by {@code value}, or null with a problem when the value is blank or no constant. */
    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (!required(field, value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            invalid(field, "persons.validation.choice", value);
            return null;
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new PersonsChangeRefused(found);
        }
    }
}
