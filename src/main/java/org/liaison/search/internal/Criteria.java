package org.liaison.search.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.liaison.cases.CaseStatus;
import org.liaison.cooperation.RequestStatus;
import org.liaison.persons.CrimeArea;

/**
 * A search, checked: words, and filters each null when not given.
 *
 * @param unit   {@code AGENCY/CODE} of a unit the record concerns
 * @param from   the first day (sent or opened), both days included
 * @param status a request's or case's status, or {@code SENT} / {@code RECEIVED} for reports
 * @param page   from 1
 */
public record Criteria(String q, Kind kind, CrimeArea area, String unit, LocalDate from, LocalDate to, String status,
                       int page) {

    public static final int MAX_QUERY = 200;
    public static final int MAX_PAGE = 50;
    static final int MAX_UNIT = 70;

    /** Every status a filter may name, in the order a form offers them: reports', requests', cases'. */
    public static final Set<String> STATUSES = statuses();

    private static Set<String> statuses() {
        Set<String> all = new LinkedHashSet<>();
        all.add("SENT");
        all.add("RECEIVED");
        Stream.concat(Arrays.stream(RequestStatus.values()).map(Enum::name),
                Arrays.stream(CaseStatus.values()).map(Enum::name)).forEach(all::add);
        return all;
    }

    /** Whether the search has words (else it lists by date). */
    public boolean hasWords() {
        return !q.isEmpty();
    }

    /**
     * Checks what a form or the API sent (any part may be null or blank); every problem is reported at once, next to
     * its field.
     */
    public static Criteria parse(String q, String kind, String area, String unit, String from, String to,
                                 String status, String page) {
        SearchRefused.Problems problems = new SearchRefused.Problems();
        String words = q == null ? "" : q.strip();
        if (words.length() > MAX_QUERY) {
            problems.add("q", "search.error.tooLong", String.valueOf(MAX_QUERY));
        }
        Kind k = choice(kind, Kind.class, "kind", problems);
        CrimeArea a = choice(area, CrimeArea.class, "area", problems);
        String u = blank(unit) ? null : unit.strip();
        if (u != null && (u.length() > MAX_UNIT || !u.matches("[A-Za-z0-9-]+/[A-Za-z0-9._-]+"))) {
            problems.add("unit", "search.error.unit", cut(u));
        }
        LocalDate f = date(from, "from", problems);
        LocalDate t = date(to, "to", problems);
        if (f != null && t != null && f.isAfter(t)) {
            problems.add("to", "search.error.period", f.toString(), t.toString());
        }
        String s = blank(status) ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        if (s != null && !STATUSES.contains(s)) {
            problems.add("status", "search.error.choice", cut(status.strip()));
        }
        int p = 1;
        if (!blank(page)) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                p = 0;
            }
            if (p < 1 || p > MAX_PAGE) {
                problems.add("page", "search.error.page", String.valueOf(MAX_PAGE));
            }
        }
        problems.throwIfAny();
        return new Criteria(words, k, a, u, f, t, s, p);
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String field,
                                                SearchRefused.Problems problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, "search.error.choice", cut(value.strip()));
            return null;
        }
    }

    private static LocalDate date(String value, String field, SearchRefused.Problems problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            problems.add(field, "search.error.date", cut(value.strip()));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** What the officer typed, short enough to repeat in a message. */
    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
