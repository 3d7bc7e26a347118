package org.liaison.directory.web;

import java.util.List;
import java.util.Locale;
import org.liaison.directory.internal.DirectoryChangeRefused;
import org.liaison.directory.internal.DirectoryChangeRefused.Reason;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refused requests to the directory API into {@code {"errors":[...]}} in the caller's language. */
@RestControllerAdvice(assignableTypes = DirectoryApiController.class)
class DirectoryApiErrors {

    /** @param field the request field the message is about, or {@code null} for the request as a whole */
    record ApiError(String field, String message) {
    }

    record ApiErrors(List<ApiError> errors) {
        static ApiErrors of(String field, String message) {
            return new ApiErrors(List.of(new ApiError(field, message)));
        }
    }

    private final MessageSource messages;

    DirectoryApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> invalid(MethodArgumentNotValidException e, Locale locale) {
        // Field errors carry messages already interpolated from the MessageSource in the request's locale.
        List<ApiError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError(f.getField(), messages.getMessage(f, locale)))
                .toList();
        return ResponseEntity.badRequest().body(new ApiErrors(errors));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return ResponseEntity.badRequest().body(ApiErrors.of(null,
                messages.getMessage("directory.api.unreadableBody", null, locale)));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> refused(DirectoryChangeRefused e, Locale locale) {
        HttpStatus status = e.has(Reason.INVALID) ? HttpStatus.BAD_REQUEST
                : e.has(Reason.NOT_FOUND) ? HttpStatus.NOT_FOUND
                : HttpStatus.CONFLICT;
        List<ApiError> errors = e.problems().stream()
                .map(p -> new ApiError(p.field(), messages.getMessage(p.messageKey(), p.argArray(), locale)))
                .toList();
        return ResponseEntity.status(status).body(new ApiErrors(errors));
    }
}
