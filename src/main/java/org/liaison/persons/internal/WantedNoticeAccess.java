package org.liaison.persons.internal;

import java.util.List;
import java.util.Optional;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeSnapshot;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.persons.WantedNotices;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link WantedNotices} for other modules: audited reads, and the issuer's "executed" through the usual close. */
@Service
class WantedNoticeAccess implements WantedNotices {

    private final WantedNoticeRecords notices;
    private final PersonRecords persons;
    private final WantedNoticesService service;
    private final AuditLog audit;
    private final NodeProperties node;

    WantedNoticeAccess(WantedNoticeRecords notices, PersonRecords persons, WantedNoticesService service,
                       AuditLog audit, NodeProperties node) {
        this.notices = notices;
        this.persons = persons;
        this.service = service;
        this.audit = audit;
        this.node = node;
    }

    @Override
    @Transactional
    public Optional<WantedNoticeSnapshot> notice(WantedNoticeId id, String reader) {
        return notices.findById(id.value()).map(n -> snapshot(n, reader));
    }

    @Override
    @Transactional
    public List<WantedNoticeSnapshot> ownActive(String reader) {
        return notices.list(true, WantedNoticeStatus.ACTIVE.name(), null, PersonsService.LIST_LIMIT).stream()
                .map(n -> snapshot(n, reader)).toList();
    }

    @Override
    @Transactional
    public boolean recordExecuted(WantedNoticeId id, String note, CurrentOfficer by) {
        Optional<WantedNotice> found = notices.findById(id.value());
        // checked here rather than caught: a refusal thrown inside the caller's transaction would roll it back
        if (found.isEmpty() || !found.get().own() || found.get().status() != WantedNoticeStatus.ACTIVE) {
            return false;
        }
        service.close(new Actor(by, ""), id, WantedNoticeStatus.EXECUTED, note);
        return true;
    }

    private WantedNoticeSnapshot snapshot(WantedNotice n, String reader) {
        audit.append(new AuditEntry(reader, node.agency(), "READ", "wanted_notice", n.id().toString(), "",
                "module read"));
        Person p = persons.findById(n.personId().value()).orElseThrow();
        return new WantedNoticeSnapshot(n.id(), n.personId(), p.particulars().names(), n.originAgency(), n.own(),
                n.status(), n.terms().crimeArea(), n.terms().warrantReference(),
                n.shares().stream().map(WantedNotice.WantedNoticeShare::agency).toList());
    }
}
