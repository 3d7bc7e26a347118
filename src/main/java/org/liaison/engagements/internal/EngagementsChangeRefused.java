package org.liaison.engagements.internal;

import java.util.HashMap;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * A change to engagement records refused before anything was written. The problems are Spring validation
 * {@link Errors} of the object {@code form}, with field paths as the forms and JSON requests name them
 * ({@code delegates[2].name}, {@code clauses[0].amount}); pages put them next to their fields, the API into its
 * error list, both in the reader's language.
 */
public final class EngagementsChangeRefused extends RuntimeException {

    /** The REST API maps these to 400, 404 and 409. */
    public enum Reason {
        INVALID,
        NOT_FOUND,
        /** The record's state does not allow the change, or someone changed it since it was read. */
        CONFLICT
    }

    /** The object name the problems belong to: the pages bind their forms under the same name. */
    public static final String OBJECT = "form";

    private final Reason reason;
    private final transient Errors errors;

    EngagementsChangeRefused(Reason reason, Errors errors) {
        super(describe(errors));
        if (!errors.hasErrors()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.reason = reason;
        this.errors = errors;
    }

    /** One problem with one field, or with the record as a whole when {@code field} is null. */
    public static EngagementsChangeRefused one(Reason reason, String field, String key, Object... args) {
        Errors errors = new MapBindingResult(new HashMap<>(), OBJECT);
        if (field == null) {
            errors.reject(key, args, null);
        } else {
            errors.rejectValue(field, key, args, null);
        }
        return new EngagementsChangeRefused(reason, errors);
    }

    static EngagementsChangeRefused notFound() {
        return one(Reason.NOT_FOUND, null, "engagements.error.notFound");
    }

    static EngagementsChangeRefused conflict(String key, Object... args) {
        return one(Reason.CONFLICT, null, key, args);
    }

    public Reason reason() {
        return reason;
    }

    public Errors errors() {
        return errors;
    }

    private static String describe(Errors errors) {
        return "change refused: " + errors.getAllErrors().stream()
                .map(e -> (e instanceof FieldError f ? f.getField() : "-") + "=" + e.getCode())
                .collect(Collectors.joining(" "));
    }
}
