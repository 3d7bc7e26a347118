package org.liaison.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.liaison.cases.CaseId;
import org.liaison.cases.Cases;
import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.RequestId;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.EngagementRef;
import org.liaison.engagements.Engagements;
import org.liaison.handovers.Direction;
import org.liaison.handovers.Handovers;
import org.liaison.shared.NodeProperties;
import org.liaison.statistics.CooperationFigures;
import org.springframework.stereotype.Component;

/**
 * Counts a period's figures together with the records behind each, for reconciliation with the partner: the
 * dashboard's statistics, plus how the requests received from the partner were answered (the partner's own
 * {@code requests_answered...}, seen from this side), so that every statistic of one side has its counterpart.
 */
@Component
class RecordsBehind {

    /** The other side's key for the same thing, where the two sides see it from opposite ends. */
    private static final Map<String, String> MIRROR = mirror(Map.of(
            "reports_sent", "reports_received",
            "requests_sent", "requests_received",
            "requests_answered", "requests_received_answered",
            "requests_answered_on_time", "requests_received_answered_on_time",
            "requests_answered_on_time_pct", "requests_received_answered_on_time_pct"));

    /** What kind of record a statistic counts, to name and link it. */
    enum Kind { ENGAGEMENT, HANDOVER, CASE, REPORT, REQUEST }

    private final CooperationStatistics statistics;
    private final Engagements engagements;
    private final Handovers handovers;
    private final Cases cases;
    private final Cooperation cooperation;
    private final NodeProperties node;

    RecordsBehind(CooperationStatistics statistics, Engagements engagements, Handovers handovers, Cases cases,
                  Cooperation cooperation, NodeProperties node) {
        this.statistics = statistics;
        this.engagements = engagements;
        this.handovers = handovers;
        this.cases = cases;
        this.cooperation = cooperation;
        this.node = node;
    }

    /** This node's figures of the period with {@code partner}, and the titles of the records it holds behind them. */
    Counted count(LocalDate from, LocalDate to, String partner) {
        CooperationFigures figures = statistics.figures(from, to, partner);
        Map<String, List<String>> behind = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        engagement(behind, "delegations", EngagementKind.VISIT, figures);
        engagement(behind, "talks", EngagementKind.TALKS, figures);
        engagement(behind, "agreements_signed", EngagementKind.AGREEMENT, figures);
        engagement(behind, "training_courses", EngagementKind.TRAINING_COURSE, figures);
        behind.put("trainees", behind.get("training_courses"));
        List<Handovers.Executed> executed = handovers.executed(from, to, partner);
        behind.put("handovers_to_cn", ids(executed, h -> h.direction() == Direction.TO_CHINA, h -> h.id().value()));
        behind.put("handovers_to_vn", ids(executed, h -> h.direction() == Direction.TO_VIET_NAM, h -> h.id().value()));
        List<Cases.CaseRecord> joint = cases.records(from, to, partner);
        joint.forEach(c -> titles.put(c.id().value().toString(), caseTitle(c.titleVi(), c.titleZh())));
        behind.put("cases_coordinated", ids(joint, c -> true, c -> c.id().value()));
        joint.forEach(c -> behind.computeIfAbsent("cases_" + key(c.crimeArea().name()), k -> new ArrayList<>())
                .add(c.id().value().toString()));
        for (Cases.Seized s : cases.seized(from, to, partner)) {
            List<String> ids = behind.computeIfAbsent("seizures_" + key(s.drugType().name()) + "_" + key(s.unit().name()),
                    k -> new ArrayList<>());
            if (!ids.contains(s.caseId().value().toString())) {
                ids.add(s.caseId().value().toString());
            }
        }
        String own = node.agency();
        List<Cooperation.Exchanged> exchanged = cooperation.exchanged(from, to, partner);
        exchanged.forEach(e -> titles.put(e.id().toString(), e.title()));
        Predicate<Cooperation.Exchanged> sent = e -> e.sender().equals(own);
        Predicate<Cooperation.Exchanged> report = Cooperation.Exchanged::report;
        Predicate<Cooperation.Exchanged> answered = Cooperation.Exchanged::answered;
        Predicate<Cooperation.Exchanged> onTime = Cooperation.Exchanged::answeredOnTime;
        behind.put("reports_sent", ids(exchanged, report.and(sent), Cooperation.Exchanged::id));
        behind.put("reports_received", ids(exchanged, report.and(sent.negate()), Cooperation.Exchanged::id));
        Predicate<Cooperation.Exchanged> requestSent = report.negate().and(sent);
        Predicate<Cooperation.Exchanged> requestReceived = report.negate().and(sent.negate());
        behind.put("requests_sent", ids(exchanged, requestSent, Cooperation.Exchanged::id));
        behind.put("requests_received", ids(exchanged, requestReceived, Cooperation.Exchanged::id));
        behind.put("requests_answered", ids(exchanged, requestSent.and(answered), Cooperation.Exchanged::id));
        behind.put("requests_answered_on_time", ids(exchanged, requestSent.and(onTime), Cooperation.Exchanged::id));
        behind.put("requests_answered_on_time_pct", behind.get("requests_sent"));
        behind.put("requests_received_answered", ids(exchanged, requestReceived.and(answered), Cooperation.Exchanged::id));
        behind.put("requests_received_answered_on_time", ids(exchanged, requestReceived.and(onTime),
                Cooperation.Exchanged::id));

        Map<String, FiguresSnapshot.Line> lines = new LinkedHashMap<>();
        figures.figures().forEach((key, value) -> lines.put(key,
                new FiguresSnapshot.Line(CooperationFigures.plain(value), behind.getOrDefault(key, List.of()))));
        List<String> received = behind.get("requests_received");
        List<String> receivedAnswered = behind.get("requests_received_answered");
        List<String> receivedOnTime = behind.get("requests_received_answered_on_time");
        lines.put("requests_received_answered",
                new FiguresSnapshot.Line(String.valueOf(receivedAnswered.size()), receivedAnswered));
        lines.put("requests_received_answered_on_time",
                new FiguresSnapshot.Line(String.valueOf(receivedOnTime.size()), receivedOnTime));
        long pct = received.isEmpty() ? 0 : Math.round(100.0 * receivedOnTime.size() / received.size());
        lines.put("requests_received_answered_on_time_pct", new FiguresSnapshot.Line(String.valueOf(pct), received));
        return new Counted(new FiguresSnapshot(own, from, to, System.currentTimeMillis(), lines), titles);
    }

    /** The partner's key turned into this side's: its reports sent are the reports this side received. */
    static String ours(String partnersKey) {
        return MIRROR.getOrDefault(partnersKey, partnersKey);
    }

    static Kind kind(String key) {
        if (key.startsWith("handovers_")) {
            return Kind.HANDOVER;
        }
        if (key.startsWith("cases_") || key.startsWith("seizures_")) {
            return Kind.CASE;
        }
        if (key.startsWith("reports_")) {
            return Kind.REPORT;
        }
        return key.startsWith("requests_") ? Kind.REQUEST : Kind.ENGAGEMENT;
    }

    /** The title of a record this node holds though it is not behind its own figure (another period, another day). */
    Optional<String> title(Kind kind, String id) {
        UUID uuid = UUID.fromString(id);
        return switch (kind) {
            case REPORT -> cooperation.report(new ReportId(uuid)).map(Cooperation.ReportSummary::title);
            case REQUEST -> cooperation.request(new RequestId(uuid)).map(Cooperation.RequestSummary::title);
            case CASE -> cases.heading(new CaseId(uuid)).map(c -> caseTitle(c.titleVi(), c.titleZh()));
            case ENGAGEMENT, HANDOVER -> Optional.empty();
        };
    }

    /** @param titles by record id, for the records this node holds behind its figures */
    record Counted(FiguresSnapshot snapshot, Map<String, String> titles) {
    }

    private void engagement(Map<String, List<String>> behind, String key, EngagementKind kind, CooperationFigures f) {
        behind.put(key, ids(engagements.records(kind, f.from(), f.to(), f.partner()), e -> true, EngagementRef::id));
    }

    private static <T> List<String> ids(List<T> records, Predicate<T> which, Function<T, UUID> id) {
        return new ArrayList<>(new LinkedHashSet<>(records.stream().filter(which).map(r -> id.apply(r).toString())
                .toList()));
    }

    private static String caseTitle(String vi, String zh) {
        return vi.isBlank() ? zh : zh.isBlank() ? vi : vi + " / " + zh;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> mirror(Map<String, String> pairs) {
        Map<String, String> both = new HashMap<>(pairs);
        pairs.forEach((a, b) -> both.put(b, a));
        return Map.copyOf(both);
    }
}
