package org.liaison.cooperation.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.ItemWritten;
import org.liaison.cooperation.ReportAccess;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.RequestId;
import org.liaison.cooperation.RequestStatus;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summaries of reports and requests for other modules, and who may see a report; no body text, no persons, so
 * nothing to audit.
 */
@Service
@Transactional(readOnly = true)
class CooperationService implements Cooperation {

    private final Reports reports;
    private final Requests requests;
    private final ThreadEntries entries;
    private final JdbcTemplate jdbc;
    private final Threads threads;
    private final ApplicationEventPublisher events;
    private final NodeProperties node;

    CooperationService(Reports reports, Requests requests, ThreadEntries entries, JdbcTemplate jdbc, Threads threads,
                       ApplicationEventPublisher events, NodeProperties node) {
        this.reports = reports;
        this.requests = requests;
        this.entries = entries;
        this.jdbc = jdbc;
        this.threads = threads;
        this.events = events;
        this.node = node;
    }

    @Override
    @Transactional
    public void recordHandoverExecuted(RequestId id, String handover, Instant handedOver) {
        if (requests.existsById(id.value())) {
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(node.zone()).format(handedOver);
            entries.save(new ThreadEntry(UUID.randomUUID(), id.value(), EntryKind.HANDOVER_EXECUTED, node.agency(), "",
                    "", when + " · " + handover, System.currentTimeMillis(), false, true, null, null));
            events.publishEvent(new ItemWritten(id.value(), true));
        }
    }

    /** Thread entries whose text says something about the matter (not assignments and forwards, which name staff). */
    private static final Set<EntryKind> SAYING = EnumSet.of(EntryKind.NOTE, EntryKind.PARTIAL_REPLY,
            EntryKind.FINAL_REPLY, EntryKind.DECLINED, EntryKind.HANDOVER_EXECUTED);

    @Override
    public Optional<ItemText> text(UUID item) {
        return reports.findById(item).map(r -> text(r, replies(item), linksPersons(item)))
                .or(() -> requests.findById(item).map(r -> text(r, replies(item), linksPersons(item))));
    }

    @Override
    public List<ItemText> texts() {
        Map<UUID, List<String>> replies = new HashMap<>();
        entries.findAll().stream().sorted(Comparator.comparingLong(ThreadEntry::atMs).thenComparing(ThreadEntry::id))
                .filter(CooperationService::saying)
                .forEach(e -> replies.computeIfAbsent(e.thread(), t -> new ArrayList<>()).add(e.text()));
        Set<UUID> withPersons = new HashSet<>(jdbc.queryForList("SELECT DISTINCT thread FROM linked_person", UUID.class));
        List<ItemText> all = new ArrayList<>();
        reports.findAll().forEach(r -> all.add(text(r, replies.getOrDefault(r.id(), List.of()), withPersons.contains(r.id()))));
        requests.findAll().forEach(r -> all.add(text(r, replies.getOrDefault(r.id(), List.of()), withPersons.contains(r.id()))));
        return all;
    }

    private static ItemText text(InformationReport r, List<String> replies, boolean linksPersons) {
        ReportContent c = r.content();
        List<String> keys = new ArrayList<>();
        keys.add("persons.crimeArea." + c.crimeArea());
        c.conditions().forEach(h -> keys.add("cooperation.condition." + h));
        List<String> words = new ArrayList<>(List.of(c.placeText(), c.otherConditions()));
        if (c.placeUnit() != null) {
            words.add(c.placeAgency() + "/" + c.placeUnit());
        }
        if (c.gate() != null) {
            words.add(c.gate());
        }
        return new ItemText(r.id(), false, r.own(), c.title(), c.body(), words, keys, c.crimeArea(),
                List.of(r.originAgency() + "/" + r.senderUnit(), r.recipientAgency() + "/" + r.recipientUnit()),
                r.own() ? "SENT" : "RECEIVED", Instant.ofEpochMilli(r.sentMs()), replies, linksPersons);
    }

    private static ItemText text(CooperationRequest r, List<String> replies, boolean linksPersons) {
        RequestTerms t = r.terms();
        List<String> keys = List.of("cooperation.type." + t.type(), "cooperation.status." + r.status(),
                "cooperation.urgency." + t.urgency());
        return new ItemText(r.id(), true, r.own(), t.title(), t.body(), List.of(t.relatedTitle()), keys, null,
                List.of(r.requestingAgency() + "/" + r.requestingUnit(), r.answeringAgency() + "/" + r.answeringUnit()),
                r.status().name(), Instant.ofEpochMilli(r.sentMs()), replies, linksPersons);
    }

    private static boolean saying(ThreadEntry e) {
        return SAYING.contains(e.kind()) && !e.text().isBlank();
    }

    private List<String> replies(UUID thread) {
        return entries.findByThreadOrderByAtMsAscIdAsc(thread).stream().filter(CooperationService::saying)
                .map(ThreadEntry::text).toList();
    }

    private boolean linksPersons(UUID thread) {
        return count("SELECT COUNT(*) FROM linked_person WHERE thread = ?", thread) > 0;
    }

    @Override
    public Set<UUID> visibleTo(CurrentOfficer reader, Collection<UUID> items) {
        Actor actor = new Actor(reader, "");
        Set<UUID> visible = new HashSet<>();
        // a report seen only redacted is not a search hit: its words are exactly what need to know hides
        reports.findAllById(items).stream().filter(r -> threads.ref(r).access(actor, node.agency()) == ReportAccess.FULL)
                .forEach(r -> visible.add(r.id()));
        requests.findAllById(items).stream().filter(r -> ThreadRef.of(r).visibleTo(actor))
                .forEach(r -> visible.add(r.id()));
        return visible;
    }

    @Override
    public Optional<ReportSummary> report(ReportId id) {
        return reports.findById(id.value()).map(r -> new ReportSummary(id, r.title(), r.crimeArea(), r.originAgency(),
                r.senderUnit(), r.recipientAgency(), r.recipientUnit(), r.own(), Instant.ofEpochMilli(r.sentMs())));
    }

    @Override
    public ReportAccess access(ReportId id, CurrentOfficer officer) {
        Actor reader = new Actor(officer, "");
        return reports.findById(id.value()).map(r -> threads.ref(r).access(reader, node.agency()))
                .orElse(ReportAccess.NONE);
    }

    @Override
    public Optional<RequestSummary> request(RequestId id) {
        long now = System.currentTimeMillis();
        return requests.findById(id.value()).map(r -> new RequestSummary(id, r.type(), r.title(), r.status(),
                r.urgency(), r.requestingAgency(), r.requestingUnit(), r.answeringAgency(), r.answeringUnit(), r.own(),
                Instant.ofEpochMilli(r.sentMs()), Instant.ofEpochMilli(r.deadlineMs()),
                r.answeredLate() || r.overdue(now)));
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to, String partner) {
        String own = node.agency();
        List<Exchanged> all = exchanged(from, to, partner);
        List<Exchanged> ownRequests = all.stream().filter(e -> !e.report() && e.sender().equals(own)).toList();
        return new Figures(count(all, e -> e.report() && e.sender().equals(own)),
                count(all, e -> e.report() && !e.sender().equals(own)), ownRequests.size(),
                count(all, e -> !e.report() && !e.sender().equals(own)), count(ownRequests, Exchanged::answered),
                count(ownRequests, Exchanged::answeredOnTime));
    }

    private static long count(List<Exchanged> records, Predicate<Exchanged> which) {
        return records.stream().filter(which).count();
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    @Override
    public List<Exchanged> exchanged(LocalDate from, LocalDate to, String partner) {
        ZoneId zone = node.zone();
        long fromMs = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long toMs = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        String own = node.agency();
        String between = " AND sent_ms BETWEEN ? AND ? ORDER BY sent_ms, id";
        List<Exchanged> all = new ArrayList<>(jdbc.query("SELECT id, origin_agency, title FROM information_report"
                        + " WHERE ((origin_agency = ? AND recipient_agency = ?) OR (origin_agency = ? AND recipient_agency = ?))"
                        + between,
                (rs, i) -> new Exchanged(rs.getObject(1, UUID.class), true, rs.getString(2), rs.getString(3), false, false),
                own, partner, partner, own, fromMs, toMs));
        all.addAll(jdbc.query("SELECT id, requesting_agency, title, status, answered_late FROM cooperation_request"
                        + " WHERE ((requesting_agency = ? AND answering_agency = ?) OR (requesting_agency = ? AND answering_agency = ?))"
                        + between,
                (rs, i) -> {
                    boolean answered = RequestStatus.ANSWERED.name().equals(rs.getString(4));
                    return new Exchanged(rs.getObject(1, UUID.class), false, rs.getString(2), rs.getString(3), answered,
                            answered && !rs.getBoolean(5));
                }, own, partner, partner, own, fromMs, toMs));
        return all;
    }
}
