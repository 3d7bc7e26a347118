package org.liaison.cooperation.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.liaison.shared.NodeProperties;
import java.util.Optional;
import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.RequestId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Summaries of reports and requests for other modules; no body text, no persons, so nothing to audit. */
@Service
@Transactional(readOnly = true)
class CooperationService implements Cooperation {

    private final Reports reports;
    private final Requests requests;
    private final ThreadEntries entries;
    private final NodeProperties node;

    CooperationService(Reports reports, Requests requests, ThreadEntries entries, NodeProperties node) {
        this.reports = reports;
        this.requests = requests;
        this.entries = entries;
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
}
