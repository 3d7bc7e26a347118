package org.liaison.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.audit.AuditVerification;
import org.liaison.shared.CurrentOfficer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for an auditor's own tools: search it and verify the chain with a personal API token. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditApiController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;

    private final AuditLog audit;
    private final AuditView view;
    private final VerifyingTheLog verifying;
    private final MessageSource messages;

    AuditApiController(AuditLog audit, AuditView view, VerifyingTheLog verifying, MessageSource messages) {
        this.audit = audit;
        this.view = view;
        this.verifying = verifying;
        this.messages = messages;
    }

    /**
     * Newest first. {@code from}/{@code to} take a day (node's time zone; {@code to} includes it) or an instant;
     * {@code before} continues after the previous page's {@code nextBefore}.
     */
    @GetMapping("/events")
    Events events(@ModelAttribute AuditFilter filter, @RequestParam(required = false) String limit) {
        int max = limit(limit);
        AuditQuery query = filter.toQuery(view.zone());
        List<AuditRecord> found = audit.search(query, max + 1);
        List<Event> events = found.stream().limit(max).map(Event::of).toList();
        return new Events(events, found.size() > max ? events.getLast().seq() : null);
    }

    @PostMapping("/verify")
    Verification verify(CurrentOfficer me, HttpServletRequest request, Locale locale) {
        AuditVerification result = verifying.verify(me, request.getRemoteAddr());
        return new Verification(result.intact(), result.rowsChecked(),
                result.intact() ? null : result.firstBrokenSeq(),
                result.intact() ? null : result.problem().name(),
                view.message(result, locale), result.describe());
    }

    @ExceptionHandler(AuditFilter.InvalidAuditFilter.class)
    ProblemDetail invalidFilter(AuditFilter.InvalidAuditFilter e, Locale locale) {
        List<FieldError> errors = e.problems().stream()
                .map(p -> new FieldError(p.field(), messages.getMessage(p, locale))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                String.join(" ", errors.stream().map(FieldError::message).toList()));
        problem.setTitle(messages.getMessage("audit.filter.invalid", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below like any other out-of-range value
        }
        throw new AuditFilter.InvalidAuditFilter(List.of(
                new AuditFilter.Problem("limit", "audit.filter.invalidLimit", text, MAX_LIMIT)));
    }

    record Events(List<Event> events, Long nextBefore) {
    }

    /** One audit row; {@code at} is an ISO-8601 instant (UTC). */
    record Event(long seq, String at, String actor, String agency, String action, String recordType, String recordId,
                 String remoteAddr, String detail, String prevHash, String hash) {

        static Event of(AuditRecord r) {
            return new Event(r.seq(), r.at().toString(), r.entry().actor(), r.entry().agency(), r.entry().action(),
                    r.entry().recordType(), r.entry().recordId(), r.entry().remoteAddr(), r.entry().detail(),
                    r.prevHash(), r.hash());
        }
    }

    /**
     * @param firstBrokenRow the first row that does not fit, or null when intact
     * @param problem        ROWS_MISSING, LINK_BROKEN, CONTENT_CHANGED, TAIL_MISSING, ROWS_AFTER_HEAD, or null
     * @param message        the result in the caller's language (Accept-Language)
     * @param description    the result in English, as {@code liaison audit verify} prints it
     */
    record Verification(boolean intact, long rowsChecked, Long firstBrokenRow, String problem, String message,
                        String description) {
    }

    record FieldError(String field, String message) {
    }
}
