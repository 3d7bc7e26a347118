package org.liaison.engagements.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.liaison.engagements.internal.EngagementsChangeRefused;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns refused API requests into {@code {"errors":[...]}} in the caller's language: 400, 404 or 409. */
@RestControllerAdvice(assignableTypes = EngagementsApiController.class)
class EngagementsApiErrors {

    /** Fields of the request itself; every other field is inside its {@code details}. */
    private static final Set<String> TOP_LEVEL = Set.of("partner", "note", "reason", "status", "meeting", "details",
            "from", "to", "on", "requesting", "answering");

    /** @param field the request field (e.g. {@code details.delegates[1].name}), or null for the request as a whole */
    record ApiError(String field, String message) {
    }

    record ApiErrors(List<ApiError> errors) {
    }

    private final MessageSource messages;

    EngagementsApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    static EngagementsChangeRefused notFound() {
        return EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.NOT_FOUND, null,
                "engagements.error.notFound");
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> refused(EngagementsChangeRefused e, Locale locale) {
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(new ApiErrors(e.errors().getAllErrors().stream()
                .map(p -> new ApiError(p instanceof FieldError f ? path(f.getField()) : null,
                        messages.getMessage(p, locale)))
                .toList()));
    }

    private static String path(String field) {
        String head = field.split("[.\\[]", 2)[0];
        return TOP_LEVEL.contains(head) ? field : "details." + field;
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return one(null, "engagements.api.unreadableBody", locale);
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return one(e.getName(), "engagements.validation.invalidValue", locale, String.valueOf(e.getValue()));
    }

    private ResponseEntity<ApiErrors> one(String field, String key, Locale locale, Object... args) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(field,
                messages.getMessage(key, args, locale)))));
    }
}
