package org.liaison.cases.web;

import java.util.List;
import java.util.Locale;
import org.liaison.cases.internal.CasesChangeRefused;
import org.liaison.cases.internal.CasesChangeRefused.Reason;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** Turns refused API requests into {@code {"errors":[...]}} in the caller's language: 400, 404 or 409. */
@RestControllerAdvice(assignableTypes = CasesApiController.class)
class CasesApiErrors {

    /** @param field the request field (the same path as in the request, e.g. {@code seizure.quantity}), or null */
    record ApiError(String field, String message) {
    }

    record ApiErrors(List<ApiError> errors) {
    }

    private final MessageSource messages;

    CasesApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> refused(CasesChangeRefused e, Locale locale) {
        HttpStatus status = e.has(Reason.INVALID) ? HttpStatus.BAD_REQUEST
                : e.has(Reason.NOT_FOUND) ? HttpStatus.NOT_FOUND
                : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(new ApiErrors(e.problems().stream()
                .map(p -> new ApiError(p.field(), messages.getMessage(p, locale))).toList()));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(null,
                messages.getMessage("cases.api.unreadableBody", null, locale)))));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrors> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiErrors(List.of(new ApiError(e.getName(),
                messages.getMessage("cases.validation.choice", new Object[] {String.valueOf(e.getValue())}, locale)))));
    }
}
