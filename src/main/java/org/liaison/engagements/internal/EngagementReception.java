package org.liaison.engagements.internal;

import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.engagements.EngagementKind;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Applies what the partner's node says about joint records: a new record, a confirmation, a proposed correction,
 * a decision on a correction, an action item's progress. Each message is checked against the record it names
 * and against the same rules as typed input before anything is written; a message about another agency's record
 * or with details that break the rules is refused and leaves nothing behind.
 */
@Component
class EngagementReception {

    private final EngagementRecords records;
    private final ActionItems actionItems;
    private final DetailsJson json;
    private final AuditLog audit;
    private final NodeProperties node;

    EngagementReception(EngagementRecords records, ActionItems actionItems, DetailsJson json, AuditLog audit,
                        NodeProperties node) {
        this.records = records;
        this.actionItems = actionItems;
        this.json = json;
        this.audit = audit;
        this.node = node;
    }

    void shared(IncomingMessage m, Wire.Shared w) {
        if (w.id() == null || w.kind() == null) {
            throw new RejectedMessageException("a shared record needs an id and a kind");
        }
        if (!m.sender().equals(w.recordingAgency()) || !node.agency().equals(w.partnerAgency())) {
            throw new RejectedMessageException("record " + w.id() + " is between " + w.recordingAgency() + " and "
                    + w.partnerAgency() + "; the sender " + m.sender() + " shares only its own records with "
                    + node.agency());
        }
        if (records.existsById(w.id())) {
            throw new RejectedMessageException("record " + w.id() + " is held here already");
        }
        Details details = checked(w.kind(), w.details(), new Sides(m.sender(), node.agency()), w.id());
        String by = text(w.recordedBy(), "recordedBy");
        records.save(Engagement.received(w.id(), w.kind(), m.sender(), node.agency(), details.dated(),
                json.write(details), w.revision(), by, w.recordedMs(), System.currentTimeMillis()));
        actionItems.follow(w.id(), details);
        log(m, "RECEIVE", w.id(), w.kind() + " of " + details.dated() + ", revision " + w.revision());
    }

    void confirmed(IncomingMessage m, Wire.Confirmed w) {
        Engagement e = ownRecordWith(m, w.id());
        if (e.confirmedByPartner(w.revision(), text(w.by(), "by"), w.atMs())) {
            records.save(e);
            log(m, "CONFIRM", e.id(), "revision " + w.revision());
        } else {
            log(m, "IGNORE", e.id(), "confirmation of revision " + w.revision() + "; the record is at revision "
                    + e.revision() + ", " + e.status());
        }
    }

    void correctionProposed(IncomingMessage m, Wire.CorrectionProposed w) {
        Engagement e = ownRecordWith(m, w.id());
        Details proposed = checked(e.kind(), w.details(), new Sides(e.recordingAgency(), e.partnerAgency()), e.id());
        if (e.correctionProposedByPartner(w.revision(), json.write(proposed), text(w.note(), "note"),
                text(w.by(), "by"), w.atMs())) {
            records.save(e);
            log(m, "PROPOSE_CORRECTION", e.id(), "of revision " + w.revision());
        } else {
            log(m, "IGNORE", e.id(), "correction of revision " + w.revision() + "; the record is at revision "
                    + e.revision());
        }
    }

    void correctionDecided(IncomingMessage m, Wire.CorrectionDecided w) {
        if (w.id() == null) {
            throw new RejectedMessageException("the message names no record");
        }
        Engagement e = records.findById(w.id())
                .filter(r -> !r.own() && r.recordingAgency().equals(m.sender()))
                .orElseThrow(() -> new RejectedMessageException("no record " + w.id() + " of " + m.sender()
                        + " is held here"));
        String by = text(w.by(), "by");
        if (w.accepted()) {
            Details corrected = checked(e.kind(), w.details(), new Sides(e.recordingAgency(), e.partnerAgency()), e.id());
            e.correctionDecided(true, w.revision(), json.write(corrected), corrected.dated(), "", by, w.atMs());
            actionItems.follow(e.id(), corrected);
        } else {
            e.correctionDecided(false, w.revision(), null, null, text(w.reason(), "reason"), by, w.atMs());
        }
        records.save(e);
        log(m, w.accepted() ? "ACCEPT_CORRECTION" : "REJECT_CORRECTION", e.id(), "revision " + w.revision());
    }

    void actionItemUpdated(IncomingMessage m, Wire.ActionItemUpdated w) {
        if (w.itemId() == null || w.status() == null) {
            throw new RejectedMessageException("an action item update names the item and its status");
        }
        ActionItemProgress p = actionItems.find(w.itemId())
                .filter(i -> i.talksId().equals(w.talksId()))
                .orElseThrow(() -> new RejectedMessageException("no action item " + w.itemId() + " of talks "
                        + w.talksId() + " is held here"));
        Engagement talks = records.findById(p.talksId()).orElseThrow();
        if (!talks.otherSide().equals(m.sender())) {
            throw new RejectedMessageException("talks " + talks.id() + " are not between " + m.sender() + " and "
                    + node.agency());
        }
        text(w.note(), "note");
        text(w.by(), "by");
        if (actionItems.receive(w)) {
            audit.append(new AuditEntry("partner:" + m.sender(), m.sender(), "UPDATE", "action_item",
                    w.itemId().toString(), "", w.status() + ", message " + m.id()));
        }
    }

    /** The own record a message from the partner is about. */
    private Engagement ownRecordWith(IncomingMessage m, UUID id) {
        if (id == null) {
            throw new RejectedMessageException("the message names no record");
        }
        return records.findById(id)
                .filter(e -> e.own() && e.partnerAgency().equals(m.sender()))
                .orElseThrow(() -> new RejectedMessageException("no record " + id + " kept with " + m.sender()
                        + " was recorded here"));
    }

    /** The partner's details, held to the rules typed details are held to. */
    private Details checked(EngagementKind kind, JsonNode sent, Sides sides, UUID id) {
        if (sent == null) {
            throw new RejectedMessageException("record " + id + " comes without details");
        }
        try {
            return RecordPolicy.check(json.read(kind, sent).toDraft(), sides);
        } catch (EngagementsChangeRefused refused) {
            throw new RejectedMessageException("the details of record " + id + " break the rules: " + refused.getMessage());
        } catch (JacksonException | NullPointerException | IllegalArgumentException malformed) {
            throw new RejectedMessageException("the details of record " + id + " are not a " + kind + ": "
                    + malformed.getMessage());
        }
    }

    /** A short text from the partner: present and at most a note's length. */
    private static String text(String value, String what) {
        if (value == null || value.length() > EngagementsService.MAX_NOTE) {
            throw new RejectedMessageException(what + " must be given and at most " + EngagementsService.MAX_NOTE
                    + " characters long");
        }
        return value;
    }

    private void log(IncomingMessage m, String action, UUID id, String detail) {
        audit.append(new AuditEntry("partner:" + m.sender(), m.sender(), action, "engagement", id.toString(), "",
                detail + ", message " + m.id()));
    }
}
