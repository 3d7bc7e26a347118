package org.liaison.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.liaison.statistics.CooperationFigures;
import org.liaison.statistics.internal.CooperationStatistics;
import org.liaison.shared.CurrentOfficer;
import org.liaison.statistics.internal.Reconciliation;
import org.liaison.statistics.internal.StatisticsRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cooperation report for other systems (issue 7's contract): {@code statistic,value} rows with stable keys as
 * CSV, or the same figures as JSON. A bad period or partner is a 400 {@code {"errors":[{"field":..,"message":..}]}}
 * in the caller's language, whatever format was asked for. Administrators are not let in: the figures are
 * operational results, not system administration.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class StatisticsApiController {

    private final CooperationStatistics statistics;
    private final Reconciliation reconciliation;
    private final ReconciliationRows rows;
    private final MessageSource messages;

    StatisticsApiController(CooperationStatistics statistics, Reconciliation reconciliation, ReconciliationRows rows,
                            MessageSource messages) {
        this.statistics = statistics;
        this.reconciliation = reconciliation;
        this.rows = rows;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/reports/cooperation", produces = FiguresCsv.MEDIA_TYPE)
    ResponseEntity<String> csv(@RequestParam(name = "from", required = false) String from,
                               @RequestParam(name = "to", required = false) String to,
                               @RequestParam(name = "partner", required = false) String partner) {
        CooperationFigures figures = statistics.figures(from, to, partner);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(FiguresCsv.MEDIA_TYPE + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + FiguresCsv.fileName(figures, "csv") + "\"")
                .body(FiguresCsv.of(figures));
    }

    @GetMapping(path = "/api/v1/reports/cooperation", produces = MediaType.APPLICATION_JSON_VALUE)
    CooperationFigures json(@RequestParam(name = "from", required = false) String from,
                            @RequestParam(name = "to", required = false) String to,
                            @RequestParam(name = "partner", required = false) String partner) {
        return statistics.figures(from, to, partner);
    }

    /**
     * The reconciliation of a period: both sides' value of every statistic under this side's keys, the records only
     * one side counts, when each side's figures were counted, and each side's agreement.
     */
    record ReconciliationJson(String agency, String partner, LocalDate from, LocalDate to, boolean exchanged,
                              boolean changedSinceSent, long differences, boolean agreedByBoth,
                              List<ReconciliationRows.SideLine> sides, List<ReconciliationRows.Row> statistics) {
    }

    record Note(String note) {
    }

    @GetMapping(path = "/api/v1/reports/cooperation/reconciliation", produces = MediaType.APPLICATION_JSON_VALUE)
    ReconciliationJson reconciliation(@RequestParam(name = "from", required = false) String from,
                                      @RequestParam(name = "to", required = false) String to,
                                      @RequestParam(name = "partner", required = false) String partner) {
        Reconciliation.View v = reconciliation.view(from, to, partner);
        return new ReconciliationJson(v.agency(), v.period().partner(), v.period().from(), v.period().to(),
                v.exchanged(), v.changedSinceSent(), v.differences(), v.agreedByBoth(), rows.sides(v), rows.of(v));
    }

    /** Sends this side's figures; the partner's answer arrives a moment later. */
    @PostMapping(path = "/api/v1/reports/cooperation/reconciliation/exchange", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<ReconciliationJson> exchange(@RequestParam(name = "from", required = false) String from,
                                                @RequestParam(name = "to", required = false) String to,
                                                @RequestParam(name = "partner", required = false) String partner,
                                                CurrentOfficer me, HttpServletRequest request) {
        reconciliation.exchange(me, request.getRemoteAddr(), from, to, partner);
        return ResponseEntity.accepted().body(reconciliation(from, to, partner));
    }

    @PostMapping(path = "/api/v1/reports/cooperation/reconciliation/agree", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    ReconciliationJson agree(@RequestParam(name = "from", required = false) String from,
                             @RequestParam(name = "to", required = false) String to,
                             @RequestParam(name = "partner", required = false) String partner,
                             @RequestBody(required = false) Note body, CurrentOfficer me, HttpServletRequest request) {
        reconciliation.agree(me, request.getRemoteAddr(), from, to, partner, body == null ? null : body.note());
        return reconciliation(from, to, partner);
    }

    record Error(String field, String message) {
    }

    @ExceptionHandler(StatisticsRefused.class)
    ResponseEntity<Map<String, List<Error>>> refused(StatisticsRefused e) {
        String message = messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(new Error(e.field(), message))));
    }
}
