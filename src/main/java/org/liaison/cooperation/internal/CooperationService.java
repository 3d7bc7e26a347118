package org.liaison.cooperation.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.RequestId;
import org.liaison.cooperation.RequestStatus;
import org.liaison.shared.NodeProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Summaries of reports and requests for other modules; no body text, no persons, so nothing to audit. */
@Service
@Transactional(readOnly = true)
class CooperationService implements Cooperation {

    private final Reports reports;
    private final Requests requests;
    private final ThreadEntries entries;
    private final JdbcTemplate jdbc;
    private final NodeProperties node;

    CooperationService(Reports reports, Requests requests, ThreadEntries entries, JdbcTemplate jdbc, NodeProperties node) {
        this.reports = reports;
        this.requests = requests;
        this.entries = entries;
        this.jdbc = jdbc;
        this.node = node;
    }

    @Override
    @Transactional
    public void recordHandoverExecuted(RequestId id, String handover, Instant handedOver) {
        if (requests.existsById(id.value())) {
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(node.zone()).format(handedOver);
            entries.save(new ThreadEntry(UUID.randomUUID(), id.value(), EntryKind.HANDOVER_EXECUTED, node.agency(), "",
                    "", when + " · " + handover, System.currentTimeMillis(), false, true, null, null));
        }
    }

    @Override
    public Optional<ReportSummary> report(ReportId id) {
        return reports.findById(id.value()).map(r -> new ReportSummary(id, r.title(), r.crimeArea(), r.originAgency(),
                r.senderUnit(), r.recipientAgency(), r.recipientUnit(), r.own(), Instant.ofEpochMilli(r.sentMs())));
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
