package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import org.liaison.shared.AgencyCode;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Reads raw input field by field and collects everything wrong with it, so the reader sees every problem at once
 * next to its field. Each reading method returns the value, or null when it is missing or wrong (and then notes
 * why); text comes back stripped, missing optional text as "".
 */
final class Refusals {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final Errors errors = new MapBindingResult(new HashMap<>(), EngagementsChangeRefused.OBJECT);

    String text(String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                reject(field, "engagements.validation.required");
                return null;
            }
            return "";
        }
        if (v.length() > max) {
            reject(field, "engagements.validation.tooLong", String.valueOf(max), String.valueOf(v.length()));
            return null;
        }
        return v;
    }

    LocalDate date(String field, String value, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                reject(field, "engagements.validation.required");
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
                reject(field, "engagements.validation.yearRange", v, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            reject(field, "engagements.validation.date", v);
            return null;
        }
    }

    /** A later day that may not come before {@code first} (when both are known). */
    LocalDate dateFrom(String field, String value, boolean required, LocalDate first) {
        LocalDate d = date(field, value, required);
        if (d != null && first != null && d.isBefore(first)) {
            reject(field, "engagements.validation.beforeStart", d.toString(), first.toString());
            return null;
        }
        return d;
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            reject(field, "engagements.validation.required");
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            reject(field, "engagements.validation.choice", v);
            return null;
        }
    }

    Integer number(String field, String value, int min, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            reject(field, "engagements.validation.required");
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                reject(field, "engagements.validation.range", v, String.valueOf(min), String.valueOf(max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            reject(field, "engagements.validation.number", v);
            return null;
        }
    }

    /** An agency code of any agency (e.g. a third party to a regional memorandum). */
    String agency(String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            reject(field, "engagements.validation.required");
            return null;
        }
        if (!AgencyCode.isValid(v)) {
            reject(field, "engagements.validation.agencyCode", v);
            return null;
        }
        return v;
    }

    /** One of the record's two sides. */
    String side(String field, String value, Sides sides) {
        String v = agency(field, value);
        if (v != null && !sides.contains(v)) {
            reject(field, "engagements.validation.notASide", v, sides.recording(), sides.partner());
            return null;
        }
        return v;
    }

    /** True when the list is within its limit; notes the problem on the list's own field otherwise. */
    boolean withinLimit(String field, int size, int max) {
        if (size > max) {
            reject(field, "engagements.validation.tooMany", String.valueOf(max), String.valueOf(size));
            return false;
        }
        return true;
    }

    void reject(String field, String key, Object... args) {
        if (field == null) {
            errors.reject(key, args, null);
        } else if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key, args, null);
        }
    }

    boolean any() {
        return errors.hasErrors();
    }

    void throwIfAny() {
        if (errors.hasErrors()) {
            throw new EngagementsChangeRefused(EngagementsChangeRefused.Reason.INVALID, errors);
        }
    }
}
