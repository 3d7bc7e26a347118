package org.liaison.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.audit.AuditVerification;
import org.liaison.shared.NodeProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Reads a page of the log for the auditor's screens: rows in the reader's locale, links that keep the filters. */
@Component
class AuditView {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final NodeProperties node;
    private final MessageSource messages;

    AuditView(AuditLog audit, NodeProperties node, MessageSource messages) {
        this.audit = audit;
        this.node = node;
        this.messages = messages;
    }

    ZoneId zone() {
        return node.zone();
    }

    /** A page of rows, newest first, and where the next (older) page starts, or null when this is the last. */
    Page page(AuditQuery query, Locale locale) {
        List<AuditRecord> found = audit.search(query, PAGE_SIZE + 1);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone());
        List<AuditRow> rows = found.stream().limit(PAGE_SIZE).map(r -> AuditRow.of(r, times)).toList();
        Long next = found.size() > PAGE_SIZE ? rows.getLast().seq() : null;
        return new Page(rows, next);
    }

    record Page(List<AuditRow> rows, Long nextBefore) {
    }

    /** The problems of a filter, by field, in the reader's language. */
    Map<String, String> messages(AuditFilter.InvalidAuditFilter invalid, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        invalid.problems().forEach(p -> byField.merge(p.field(), messages.getMessage(p, locale), (a, b) -> a + " " + b));
        return byField;
    }

    String message(AuditVerification v, Locale locale) {
        return v.intact()
                ? messages.getMessage("audit.verify.intact", new Object[] {v.rowsChecked()}, locale)
                : messages.getMessage("audit.verify.broken", new Object[] {v.firstBrokenSeq()}, locale) + " "
                        + messages.getMessage(problemKey(v), new Object[] {v.firstBrokenSeq()}, locale);
    }

    static String problemKey(AuditVerification v) {
        return "audit.verify.problem." + v.problem().name();
    }

    /** A path with the filter's non-empty values as query parameters. */
    static String link(String path, AuditFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        param(b, "actor", f.actor());
        param(b, "action", f.action());
        param(b, "recordType", f.recordType());
        param(b, "recordId", f.recordId());
        param(b, "from", f.from());
        param(b, "to", f.to());
        param(b, "before", f.before());
        return b.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder b, String name, String value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }
}
