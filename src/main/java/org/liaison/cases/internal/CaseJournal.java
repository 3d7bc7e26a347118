package org.liaison.cases.internal;

import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.cases.CaseChanged;
import org.liaison.cases.CaseId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what happened to a case twice, in the caller's transaction: a line of the case's history, which its
 * page shows, and a line of the node's audit log, which auditors verify; and tells other modules the case changed.
 */
@Component
class CaseJournal {

    static final String RECORD_TYPE = "joint_case";

    private final CaseHistory history;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CaseJournal(CaseHistory history, AuditLog audit, ApplicationEventPublisher events) {
        this.history = history;
        this.audit = audit;
        this.events = events;
    }

    /** Something an officer of this node did to the case. */
    void record(JointCase c, Actor actor, HistoryKind kind, HistorySubject subject, String note, long at) {
        history.save(new CaseHistoryEntry(null, c.id().value(), at, actor.username(), actor.agency(), kind,
                c.revision(), cut(subject.toString()), cut(note)));
        audit(actor, kind.name(), c.id().value(), "revision " + c.revision() + ", " + subject);
        events.publishEvent(new CaseChanged(c.id()));
    }

    /** Something a partner node did, as its message says: the actor is the partner's officer. */
    void recordPartner(UUID caseId, int revision, String agency, String by, HistoryKind kind, HistorySubject subject,
                       String note, long at, UUID messageId) {
        history.save(new CaseHistoryEntry(null, caseId, at, by, agency, kind, revision, cut(subject.toString()), cut(note)));
        audit.append(new AuditEntry("partner:" + agency, agency, "RECEIVE", RECORD_TYPE, caseId.toString(), "",
                kind + " by " + by + ", message " + messageId + ", revision " + revision));
        events.publishEvent(new CaseChanged(new CaseId(caseId)));
    }

    void audit(Actor actor, String action, UUID caseId, String detail) {
        audit.append(new AuditEntry(actor.username(), actor.agency(), action, RECORD_TYPE, caseId.toString(),
                actor.remoteAddr(), cut(detail)));
    }

    /** A person's data read or written through a case. */
    void auditPerson(Actor actor, String action, UUID personId, String detail) {
        audit.append(new AuditEntry(actor.username(), actor.agency(), action, "person", personId.toString(),
                actor.remoteAddr(), cut(detail)));
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
