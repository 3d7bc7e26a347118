package org.liaison.cases.internal;

import java.util.UUID;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.shared.CurrentOfficer;
import org.springframework.stereotype.Component;

/**
 * Hands the module's messages to the exchange, in the caller's transaction. Summaries name the case and what
 * happened, never a person.
 */
@Component
class CaseMessages {

    private final Exchange exchange;

    CaseMessages(Exchange exchange) {
        this.exchange = exchange;
    }

    UUID share(CaseCopy copy, String agency, CurrentOfficer by) {
        return send(agency, Wire.CASE_SHARED, copy, "Joint case " + copy.id() + " (" + copy.crimeArea() + ") shared",
                copy.id(), copy.id(), by);
    }

    /** The case at its new revision, to every partner holding a copy. */
    void update(JointCase c, CurrentOfficer by) {
        CaseCopy copy = c.copy();
        for (CaseShare share : c.shares()) {
            send(share.agency(), Wire.CASE_UPDATED, copy, "Joint case " + copy.id() + " revision " + copy.revision(),
                    copy.id(), copy.id(), by);
        }
    }

    UUID propose(JointCase c, Proposal p, ProposedChange change, CurrentOfficer by) {
        Wire.Proposed w = new Wire.Proposed(p.id(), p.caseId(), p.baseRevision(), p.proposedBy(), p.proposedMs(),
                change, p.note());
        return send(c.originAgency(), Wire.CHANGE_PROPOSED, w, "Proposal " + p.id() + " (" + p.kind()
                + ") on joint case " + c.id(), p.id(), c.id().value(), by);
    }

    void decided(JointCase c, Proposal p, CurrentOfficer by) {
        Wire.Decided w = new Wire.Decided(p.id(), p.caseId(), p.state(), p.decisionReason(), p.decidedBy(),
                p.decidedMs(), p.appliedRevision());
        send(p.proposingAgency(), Wire.PROPOSAL_DECIDED, w, "Proposal " + p.id() + " " + p.state().name().toLowerCase()
                + " on joint case " + c.id(), p.id(), c.id().value(), by);
    }

    private UUID send(String agency, String type, Object payload, String summary, UUID correlation, UUID caseId,
                      CurrentOfficer by) {
        try {
            return exchange.send(new OutgoingMessage(agency, type, 1, payload, summary, correlation.toString(),
                    Wire.conversation(caseId)), by);
        } catch (IllegalArgumentException e) {
            // the partner is no longer paired with this node
            throw CasesChangeRefused.conflict("cases.error.notPartner", agency);
        }
    }
}
