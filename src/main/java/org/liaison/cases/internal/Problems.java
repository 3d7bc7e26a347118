package org.liaison.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.liaison.cases.internal.CasesChangeRefused.Problem;
import org.liaison.cases.internal.CasesChangeRefused.Reason;

/** Collects everything wrong with a change so the user sees all of it at once, each next to its field. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** Adds a "required" problem when the value is null or blank; true when it is present. */
    boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            invalid(field, "cases.validation.required");
            return false;
        }
        return true;
    }

    void invalid(String field, String key, Object... args) {
        found.add(new Problem(Reason.INVALID, field, key, Arrays.asList(args)));
    }

    /** Checks the length of a free text; true when it fits. */
    boolean fits(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            invalid(field, "cases.validation.tooLong", String.valueOf(max));
            return false;
        }
        return true;
    }

    /** The constant named by {@code value}, or null with a problem when the value is blank or names none. */
    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (!required(field, value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            invalid(field, "cases.validation.choice", value.strip());
            return null;
        }
    }

    /** A date written {@code yyyy-MM-dd}, or null with a problem. */
    LocalDate date(String field, String value) {
        if (!required(field, value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            invalid(field, "cases.validation.date", value.strip());
            return null;
        }
    }

    /** A decimal number written with a point and no grouping, or null with a problem. */
    BigDecimal decimal(String field, String value) {
        if (!required(field, value)) {
            return null;
        }
        String v = value.strip();
        if (v.contains(",")) {
            invalid(field, "cases.validation.decimalComma", v);
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            invalid(field, "cases.validation.number", v);
            return null;
        }
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CasesChangeRefused(found);
        }
    }

    List<Problem> found() {
        return List.copyOf(found);
    }
}
