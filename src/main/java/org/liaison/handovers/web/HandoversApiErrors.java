package org.liaison.handovers.web;

import java.util.List;
import java.util.Locale;
import org.liaison.handovers.internal.HandoverRefused;
import org.liaison.handovers.internal.HandoverRefused.Reason;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns refused API requests into {@code {"errors":[...]}} in the caller's language: 400, 404 or 409. */
@RestControllerAdvice(assignableTypes = HandoversApiController.class)
class HandoversApiErrors {

    /** @param field the request field, or null for the handover as a whole */
    record ApiError(String field, String message) {
    }

    record ApiErrors(List<ApiError> errors) {
    }

    private final MessageSource messages;

    HandoversApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> refused(HandoverRefused e, Locale locale) {
        HttpStatus status = e.has(Reason.NOT_FOUND) ? HttpStatus.NOT_FOUND
                : e.has(Reason.INVALID) ? HttpStatus.BAD_REQUEST
                : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(new ApiErrors(e.problems().stream()
                .map(p -> new ApiError(p.field(), messages.getMessage(p.text(), locale))).toList()));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(null,
                messages.getMessage("handovers.api.unreadableBody", null, locale)))));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(e.getName(),
                messages.getMessage("handovers.validation.choice", new Object[] {String.valueOf(e.getValue())}, locale)))));
    }
}
