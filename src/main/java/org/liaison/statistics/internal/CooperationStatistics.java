package org.liaison.statistics.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.cases.Cases;
import org.liaison.cases.SeizureTotal;
import org.liaison.cooperation.Cooperation;
import org.liaison.directory.Directory;
import org.liaison.engagements.EngagementCounts;
import org.liaison.engagements.Engagements;
import org.liaison.handovers.Handovers;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.NodeProperties;
import org.liaison.statistics.CooperationFigures;
import org.springframework.stereotype.Service;

/**
 * Puts together the figures of a period with a partner from what each module counts of its own records. Only
 * counts cross the module boundaries, no person data, so nothing here is audited.
 */
@Service
public class CooperationStatistics {

    static final int MAX_MONTHS = 24;

    private final Engagements engagements;
    private final Cases cases;
    private final Handovers handovers;
    private final Cooperation cooperation;
    private final Directory directory;
    private final NodeProperties node;

    CooperationStatistics(Engagements engagements, Cases cases, Handovers handovers, Cooperation cooperation,
                          Directory directory, NodeProperties node) {
        this.engagements = engagements;
        this.cases = cases;
        this.handovers = handovers;
        this.cooperation = cooperation;
        this.directory = directory;
        this.node = node;
    }

    /** Today in the node's time zone: the default end of a period. */
    public LocalDate today() {
        return LocalDate.now(node.zone());
    }

    /** The partner agencies figures can be made with: every agency of the directory but the own. */
    public List<Directory.AgencySummary> partners() {
        return directory.agencies().stream().filter(a -> !a.own()).toList();
    }

    /** The figures of the period and partner as typed by a caller, refused as {@link #period} says. */
    public CooperationFigures figures(String from, String to, String partner) {
        Period p = period(from, to, partner);
        return figures(p.from(), p.to(), p.partner());
    }

    /** Reads the period and partner as typed by a caller; refuses blanks, bad dates, an inverted period, strangers. */
    public Period period(String from, String to, String partner) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new StatisticsRefused("to", "statistics.validation.period", start, end);
        }
        if (partner == null || partner.isBlank()) {
            throw new StatisticsRefused("partner", "statistics.validation.required");
        }
        String code = partner.strip().toUpperCase(Locale.ROOT);
        if (partners().stream().noneMatch(a -> a.code().equals(code))) {
            throw new StatisticsRefused("partner", "statistics.validation.partner", partner.strip());
        }
        return new Period(code, start, end);
    }

    /**
     * The figures of each calendar month the period touches (the first and last cut to the period), for the chart
     * over time; at most the last {@value #MAX_MONTHS} months, so a long period stays cheap.
     */
    public List<CooperationFigures> byMonth(CooperationFigures period) {
        List<CooperationFigures> months = new ArrayList<>();
        LocalDate start = period.from().withDayOfMonth(1);
        if (start.plusMonths(MAX_MONTHS).isBefore(period.to())) {
            start = period.to().withDayOfMonth(1).minusMonths(MAX_MONTHS - 1);
        }
        for (LocalDate m = start; !m.isAfter(period.to()); m = m.plusMonths(1)) {
            LocalDate first = m.isBefore(period.from()) ? period.from() : m;
            LocalDate end = m.plusMonths(1).minusDays(1);
            months.add(figures(first, end.isAfter(period.to()) ? period.to() : end, period.partner()));
        }
        return months;
    }

    CooperationFigures figures(LocalDate from, LocalDate to, String partner) {
        Map<String, Number> f = new LinkedHashMap<>();
        EngagementCounts e = engagements.counts(from, to, partner);
        f.put("delegations", e.delegations());
        f.put("talks", e.talks());
        f.put("agreements_signed", e.agreementsSigned());
        f.put("training_courses", e.trainingCourses());
        f.put("trainees", e.trainees());
        Handovers.Figures h = handovers.count(from, to, partner);
        f.put("handovers_to_cn", h.toChina());
        f.put("handovers_to_vn", h.toVietNam());
        Map<CrimeArea, Long> byArea = cases.countByCrimeArea(from, to, partner);
        f.put("cases_coordinated", byArea.values().stream().mapToLong(Long::longValue).sum());
        for (CrimeArea area : CrimeArea.values()) {
            f.put("cases_" + key(area.name()), byArea.getOrDefault(area, 0L));
        }
        Cooperation.Figures c = cooperation.figures(from, to, partner);
        f.put("reports_sent", c.reportsSent());
        f.put("reports_received", c.reportsReceived());
        f.put("requests_sent", c.requestsSent());
        f.put("requests_received", c.requestsReceived());
        f.put("requests_answered", c.requestsAnswered());
        f.put("requests_answered_on_time", c.requestsAnsweredOnTime());
        f.put("requests_answered_on_time_pct", c.requestsAnsweredOnTimePct());
        for (SeizureTotal s : cases.seizures(from, to, partner)) {
            f.put("seizures_" + key(s.drugType().name()) + "_" + key(s.unit().name()), s.quantity().stripTrailingZeros());
        }
        return new CooperationFigures(from, to, node.agency(), partner, f);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new StatisticsRefused(field, "statistics.validation.required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new StatisticsRefused(field, "statistics.validation.date", value.strip());
        }
    }
}
