package org.liaison.cooperation.web;

import java.util.List;
import java.util.Locale;
import org.liaison.cooperation.internal.CooperationRefused;
import org.liaison.cooperation.internal.CooperationRefused.Reason;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns refused API requests into {@code {"errors":[...]}} in the caller's language: 400, 404 or 409. */
@RestControllerAdvice(assignableTypes = CooperationApiController.class)
class CooperationApiErrors {

    /** @param field the request's field ({@code attachments[1]}), or null for the request as a whole */
    record ApiError(String field, String message) {
    }

    record ApiErrors(List<ApiError> errors) {
    }

    private final MessageSource messages;

    CooperationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> refused(CooperationRefused e, Locale locale) {
        HttpStatus status = e.has(Reason.INVALID) ? HttpStatus.BAD_REQUEST
                : e.has(Reason.NOT_FOUND) ? HttpStatus.NOT_FOUND
                : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(new ApiErrors(e.problems().stream()
                .map(p -> new ApiError(p.field(), messages.getMessage(p.explanation(), locale))).toList()));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(null,
                messages.getMessage("cooperation.api.unreadableBody", null, locale)))));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(e.getName(),
                messages.getMessage("cooperation.validation.choice", new Object[] {String.valueOf(e.getValue())}, locale)))));
    }
}
