package org.liaison.screening.web;

import java.util.List;
import java.util.Locale;
import org.liaison.screening.internal.ScreeningRefused;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns refused API requests into {@code {"errors":[...]}} in the caller's language: 400, 404 or 409. */
@RestControllerAdvice(assignableTypes = ScreeningApiController.class)
class ScreeningApiErrors {

    /** @param field the request field, or null */
    record ApiError(String field, String message) {
    }

    record ApiErrors(List<ApiError> errors) {
    }

    private final MessageSource messages;

    ScreeningApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> refused(ScreeningRefused e, Locale locale) {
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(new ApiErrors(e.problems().stream()
                .map(p -> new ApiError(p.field(), messages.getMessage(p.text(), locale))).toList()));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(null,
                messages.getMessage("screening.api.unreadableBody", null, locale)))));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(e.getName(),
                messages.getMessage("screening.api.badValue", new Object[] {String.valueOf(e.getValue())}, locale)))));
    }
}
