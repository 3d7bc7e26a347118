package org.liaison.statistics.web;

import java.util.List;
import java.util.Map;
import org.liaison.statistics.CooperationFigures;
import org.liaison.statistics.internal.CooperationStatistics;
import org.liaison.statistics.internal.StatisticsRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final MessageSource messages;

    StatisticsApiController(CooperationStatistics statistics, MessageSource messages) {
        this.statistics = statistics;
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

    record Error(String field, String message) {
    }

    @ExceptionHandler(StatisticsRefused.class)
    ResponseEntity<Map<String, List<Error>>> refused(StatisticsRefused e) {
        String message = messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(new Error(e.field(), message))));
    }
}
