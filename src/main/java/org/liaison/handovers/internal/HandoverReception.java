package org.liaison.handovers.internal;

import java.util.List;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.NodeSignatures;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.handovers.LinkedRecord;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;
import org.liaison.shared.NodeProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies the partner's stages to the shared record, with the same rules as on the partner's node: a stage the
 * sender's side does not own, or that its status does not allow, is rejected (the partner is told why) and
 * nothing changes. A confirmation whose signature does not verify with the partner's key is rejected too.
 */
@Component
class HandoverReception {

    private final HandoverRecords handovers;
    private final ConfirmationSignatures signatures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final NodeProperties node;

    HandoverReception(HandoverRecords handovers, ConfirmationSignatures signatures, AuditLog audit,
                      ApplicationEventPublisher events, NodeProperties node) {
        this.handovers = handovers;
        this.signatures = signatures;
        this.audit = audit;
        this.events = events;
        this.node = node;
    }

    void requested(IncomingMessage m, Wire.Request w) {
        if (w.id() == null || w.notice() == null || w.person() == null) {
            throw new RejectedMessageException("a handover request needs an id, a wanted notice and a person");
        }
        if (!m.sender().equals(w.requestingAgency()) || !node.agency().equals(w.holdingAgency())) {
            throw new RejectedMessageException("a handover request comes from the requesting agency and is addressed to "
                    + "the holding one; this one is from " + m.sender() + " for " + w.requestingAgency() + " -> "
                    + w.holdingAgency());
        }
        if (handovers.existsById(w.id())) {
            throw new RejectedMessageException("handover " + w.id() + " exists already");
        }
        Handover h;
        try {
            List<LinkedRecord> links = w.links() == null ? List.of() : w.links().stream()
                    .map(l -> new LinkedRecord(LinkedRecord.Kind.valueOf(l.kind()), l.id())).toList();
            h = Handover.request(new HandoverId(w.id()), w.requestingAgency(), w.holdingAgency(),
                    new WantedNoticeId(w.notice()), new PersonId(w.person()), text(w.grounds(), HandoverService.MAX_NOTE),
                    links, text(w.officer(), 200), w.requestedMs());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedMessageException("handover request " + w.id() + " is incomplete: " + e.getMessage());
        }
        handovers.save(h);
        log(m, "RECEIVE", h.id(), "request from " + m.sender() + ", notice " + w.notice());
    }

    void stage(IncomingMessage m, Wire.StageRecorded w) {
        Handover h = find(m, w.handover());
        Side side = sender(m, h);
        String officer = text(w.officer(), 200);
        try {
            switch (w.stage()) {
                case LOCATED -> h.recordLocated(side, required(w.located(), "located"), officer, w.atMs());
                case DETAINED -> h.recordDetention(side, required(w.detention(), "detention"),
                        required(w.detainedMs(), "detainedMs"), officer, w.atMs());
                case PROPOSAL -> h.propose(side, required(w.proposal(), "proposal"), officer, w.atMs());
                case AGREEMENT -> h.agree(side, officer, w.atMs());
                case CLOSURE -> h.close(side, officer, w.atMs());
                case REFUSAL -> h.refuse(side, text(w.reason(), HandoverService.MAX_REASON), officer, w.atMs());
                case CANCELLATION -> h.cancel(side, text(w.reason(), HandoverService.MAX_REASON), officer, w.atMs());
                case CUSTODY -> {
                    CustodyEntry entry = required(w.custody(), "custody");
                    if (!entry.agency().equals(m.sender())) {
                        throw new RejectedMessageException("a custody entry of " + entry.agency() + " sent by " + m.sender());
                    }
                    h.recordCustody(side, entry, officer, w.atMs());
                }
                case REQUEST, CONFIRMATION -> throw new RejectedMessageException(w.stage() + " has a message type of its own");
            }
        } catch (HandoverRefused e) {
            throw new RejectedMessageException(e.getMessage());
        }
        handovers.save(h);
        log(m, w.stage().name(), h.id(), "status " + h.status());
        if (h.status() == HandoverStatus.CLOSED) {
            events.publishEvent(HandoverService.closed(h));
        }
    }

    void confirmed(IncomingMessage m, Wire.Confirmed w) {
        Handover h = find(m, w.handover());
        Side side = sender(m, h);
        HandoverConfirmation c = required(w.confirmation(), "confirmation");
        if (c.side() != side || !m.sender().equals(c.agency())) {
            throw new RejectedMessageException("a confirmation of " + c.agency() + " as " + c.side() + " sent by " + m.sender());
        }
        NodeSignatures.Verdict verdict = signatures.verify(h, c);
        if (verdict != NodeSignatures.Verdict.VALID) {
            throw new RejectedMessageException("the confirmation's signature does not verify with " + m.sender()
                    + "'s key: " + verdict);
        }
        try {
            h.confirm(side, c, text(w.officer(), 200), w.atMs());
        } catch (HandoverRefused e) {
            throw new RejectedMessageException(e.getMessage());
        }
        handovers.save(h);
        log(m, "CONFIRM", h.id(), "signed confirmation of " + side + " verified");
    }

    private Handover find(IncomingMessage m, java.util.UUID id) {
        if (id == null) {
            throw new RejectedMessageException("the message names no handover");
        }
        return handovers.findById(id).orElseThrow(() -> new RejectedMessageException("no handover " + id + " is held here"));
    }

    private static Side sender(IncomingMessage m, Handover h) {
        return h.sideOf(m.sender()).orElseThrow(() -> new RejectedMessageException(
                m.sender() + " is no party to handover " + h.id()));
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new RejectedMessageException("the stage lacks its " + what);
        }
        return value;
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new RejectedMessageException("a text is missing or longer than " + max + " characters");
        }
        return value;
    }

    private void log(IncomingMessage m, String action, HandoverId id, String detail) {
        audit.append(new AuditEntry("partner:" + m.sender(), m.sender(), action, "handover", id.toString(), "",
                "message " + m.id() + ", " + detail));
    }
}
