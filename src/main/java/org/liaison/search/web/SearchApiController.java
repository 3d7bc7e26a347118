package org.liaison.search.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.liaison.search.internal.Criteria;
import org.liaison.search.internal.SearchRefused;
import org.liaison.search.internal.SearchService;
import org.liaison.shared.CurrentOfficer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search for other systems, with the page's rules: the same filters, only what the caller may open, audited
 * alike. Bad input is a 400 {@code {"errors":[{"field":..,"message":..}]}} in the caller's language.
 */
@RestController
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class SearchApiController {

    private final SearchService search;
    private final MessageSource messages;

    SearchApiController(SearchService search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /**
     * @param snippet HTML: escaped text with {@code <mark>} around the words found
     * @param status  a request's or case's status, {@code SENT} or {@code RECEIVED} for a report
     */
    record Hit(String kind, String id, String title, List<String> titles, String snippet, LocalDate date,
               String status, String crimeArea, boolean own, String link) {
    }

    record Page(int page, boolean more, List<Hit> hits) {
    }

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    Page search(SearchParams params, CurrentOfficer me, HttpServletRequest request) {
        Criteria criteria = params.criteria();
        SearchService.Results results = search.search(criteria, me, request.getRemoteAddr());
        var locale = LocaleContextHolder.getLocale();
        return new Page(criteria.page(), results.more(), results.hits().stream()
                .map(h -> new Hit(h.kind().name(), h.id(), SearchText.title(h, locale), h.titles(), h.snippet(),
                        LocalDate.ofEpochDay(h.day()), h.status(), h.area() == null ? null : h.area().name(), h.own(),
                        h.link()))
                .toList());
    }

    record Error(String field, String message) {
    }

    @ExceptionHandler(SearchRefused.class)
    ResponseEntity<Map<String, List<Error>>> refused(SearchRefused e) {
        var locale = LocaleContextHolder.getLocale();
        List<Error> errors = e.problems().stream()
                .map(p -> new Error(p.field(), messages.getMessage(p.key(), p.args().toArray(), locale))).toList();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", errors));
    }
}
