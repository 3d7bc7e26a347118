package org.liaison.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.liaison.audit.AuditQuery;
import org.springframework.context.MessageSourceResolvable;

/**
 * The auditor's filters as typed into the form or the API's query string, kept as text so a bad value can be shown
 * back with a message instead of failing the binding. Dates are days in the node's time zone; "to" includes its day.
 * The API also takes exact instants ({@code 2024-09-20T08:30:00Z}).
 */
record AuditFilter(String actor, String action, String recordType, String recordId, String from, String to,
                   String before) {

    static final int MAX_TEXT = 200;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    AuditFilter {
        actor = trimmed(actor);
        action = trimmed(action);
        recordType = trimmed(recordType);
        recordId = trimmed(recordId);
        from = trimmed(from);
        to = trimmed(to);
        before = trimmed(before);
    }

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    /** The same filters without a paging position: for "newest", the export, and the links of a row. */
    AuditFilter fromNewest() {
        return new AuditFilter(actor, action, recordType, recordId, from, to, null);
    }

    /** The query these filters mean, or every problem with them. */
    AuditQuery toQuery(ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        for (String[] text : new String[][] {{"actor", actor}, {"action", action}, {"recordType", recordType},
                {"recordId", recordId}}) {
            if (text[1] != null && text[1].length() > MAX_TEXT) {
                problems.add(new Problem(text[0], "audit.filter.tooLong", MAX_TEXT));
            }
        }
        Instant fromInstant = instant("from", from, zone, false, problems);
        Instant toInstant = instant("to", to, zone, true, problems);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            problems.add(new Problem("to", "audit.filter.fromAfterTo", from, to));
        }
        Long beforeSeq = null;
        if (before != null) {
            try {
                beforeSeq = Long.parseLong(before);
                if (beforeSeq < 1) {
                    problems.add(new Problem("before", "audit.filter.invalidRow", before));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem("before", "audit.filter.invalidRow", before));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAuditFilter(problems);
        }
        return new AuditQuery(actor, action, recordType, recordId, fromInstant, toInstant, beforeSeq);
    }

    /** A day means its start; as the upper bound, the start of the next day, so "to" includes the whole day. */
    private static Instant instant(String field, String text, ZoneId zone, boolean upper, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                return (upper ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            problems.add(new Problem(field, "audit.filter.invalidDate", text));
            return null;
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One bad filter value: the field it belongs to and the message saying what is wrong with it. */
    record Problem(String field, String code, Object... arguments) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return arguments;
        }
    }

    /** Thrown by {@link #toQuery(ZoneId)}; the pages show the problems next to the fields, the API answers 400. */
    static final class InvalidAuditFilter extends RuntimeException {
        private final transient List<Problem> problems;

        InvalidAuditFilter(List<Problem> problems) {
            super("invalid audit filter: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }
}
