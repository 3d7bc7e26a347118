package org.liaison.cooperation.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.ReportAccess;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.RequestId;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
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
    private final NodeProperties node;
    private final Threads threads;

    CooperationService(Reports reports, Requests requests, ThreadEntries entries, JdbcTemplate jdbc, NodeProperties node,
                       Threads threads) {
        this.threads = threads;
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
        ZoneId zone = node.zone();
        long fromMs = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long toMs = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        String own = node.agency();
        long reportsSent = count("SELECT COUNT(*) FROM information_report WHERE origin_agency = ? AND recipient_agency = ?"
                + " AND sent_ms BETWEEN ? AND ?", own, partner, fromMs, toMs);
        long reportsReceived = count("SELECT COUNT(*) FROM information_report WHERE origin_agency = ?"
                + " AND recipient_agency = ? AND sent_ms BETWEEN ? AND ?", partner, own, fromMs, toMs);
        String requests = "SELECT COUNT(*) FROM cooperation_request WHERE requesting_agency = ? AND answering_agency = ?"
                + " AND sent_ms BETWEEN ? AND ?";
        long requestsSent = count(requests, own, partner, fromMs, toMs);
        long requestsReceived = count(requests, partner, own, fromMs, toMs);
        long answered = count(requests + " AND status = 'ANSWERED'", own, partner, fromMs, toMs);
        long onTime = count(requests + " AND status = 'ANSWERED' AND answered_late = FALSE", own, partner, fromMs, toMs);
        return new Figures(reportsSent, reportsReceived, requestsSent, requestsReceived, answered, onTime);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
