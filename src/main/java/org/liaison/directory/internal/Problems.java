package org.liaison.directory.internal;

import java.util.ArrayList;
import java.util.List;
import org.liaison.directory.internal.DirectoryChangeRefused.Problem;
import org.liaison.directory.internal.DirectoryChangeRefused.Reason;

/** Collects what is wrong with a change so the administrator sees every problem at once, not one per try. */
final class Problems {

    static final String REQUIRED = "directory.validation.required";

    private final List<Problem> found = new ArrayList<>();

    /** Adds a "required" problem when the value is null or blank; true when it is present. */
    boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            found.add(new Problem(Reason.INVALID, field, REQUIRED, List.of()));
            return false;
        }
        return true;
    }

    void invalid(String field, String messageKey, Object... args) {
        found.add(new Problem(Reason.INVALID, field, messageKey, List.of(args)));
    }

    void duplicate(String field, String messageKey, Object... args) {
        found.add(new Problem(Reason.DUPLICATE, field, messageKey, List.of(args)));
    }

    void stale() {
        found.add(new Problem(Reason.STALE, null, "directory.error.stale", List.of()));
    }

    boolean has(String field) {
        return found.stream().anyMatch(p -> field.equals(p.field()));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new DirectoryChangeRefused(found);
        }
    }
}
