package org.liaison.screening.internal;

import java.util.List;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.persons.NoticeSnapshot;
import org.liaison.persons.PersonName;
import org.liaison.persons.Persons;
import org.liaison.persons.WantedNoticeId;
import org.springframework.stereotype.Component;

/**
 * Stores a partner's confirmation of a hit on an own wanted notice as it arrives: only for a notice this node issued
 * and shared with the sender, and only once. Everything is checked before anything is written.
 */
@Component
class ConfirmationReception {

    static final int MAX_LINES = 60;

    private final ConfirmationRecords confirmations;
    private final Persons persons;
    private final AuditLog audit;

    ConfirmationReception(ConfirmationRecords confirmations, Persons persons, AuditLog audit) {
        this.confirmations = confirmations;
        this.persons = persons;
        this.audit = audit;
    }

    /** Runs inside the inbox transaction; refuses what this node cannot take (nothing is stored then). */
    void receive(IncomingMessage m, Wire.HitConfirmed w) {
        if (w.hit() == null || w.notice() == null) {
            throw new RejectedMessageException("a confirmation names the hit and the wanted notice");
        }
        NoticeSnapshot notice = persons.notice(new WantedNoticeId(w.notice()), "partner:" + m.sender())
                .orElseThrow(() -> new RejectedMessageException("no wanted notice " + w.notice() + " is held here"));
        if (!notice.own() || !notice.sharedWith().contains(m.sender())) {
            throw new RejectedMessageException("wanted notice " + w.notice() + " was not issued here and shared with "
                    + m.sender());
        }
        if (confirmations.existsById(w.hit())) {
            throw new RejectedMessageException("hit " + w.hit() + " was confirmed here before");
        }
        check(w);
        confirmations.save(PartnerConfirmation.received(m.sender(), w, m.id(), System.currentTimeMillis()));
        audit.append(new AuditEntry("partner:" + m.sender(), m.sender(), "RECEIVE", "partner_confirmation",
                w.hit().toString(), "", "message " + m.id() + ", wanted notice " + w.notice() + ", confirmed by "
                        + w.officer() + (w.withheld() ? ", particulars withheld" : "")));
    }

    private static void check(Wire.HitConfirmed w) {
        if (!(w.score() >= 0 && w.score() <= 1)) {
            throw new RejectedMessageException("the score must be within 0..1");
        }
        if (blank(w.officer()) || w.officer().length() > 80 || w.officerName() == null || w.officerName().length() > 200
                || (w.note() != null && w.note().length() > HitsService.MAX_NOTE)) {
            throw new RejectedMessageException("the officer (at most 80 characters, with a name of at most 200) and a "
                    + "note of at most " + HitsService.MAX_NOTE + " characters are required");
        }
        if (w.withheld()) {
            return;
        }
        if (w.person() == null || w.person().names() == null || w.person().names().isEmpty() || w.person().names().size() > 20) {
            throw new RejectedMessageException("a confirmation that is not withheld carries 1 to 20 names");
        }
        for (PersonName n : w.person().names()) {
            if (n.text().length() > 200) {
                throw new RejectedMessageException("a name is longer than 200 characters");
            }
        }
        if (w.person().nationality() != null && !w.person().nationality().matches("[A-Z]{3}")) {
            throw new RejectedMessageException("nationality must be an ISO 3166 alpha-3 code");
        }
        List<EvidenceLine> lines = w.evidence() == null ? List.of() : w.evidence();
        if (lines.size() > MAX_LINES || lines.stream().anyMatch(l -> blank(l.kind()) || l.kind().length() > 30
                || length(l.left()) > 200 || length(l.right()) > 200 || length(l.detail()) > 200)) {
            throw new RejectedMessageException("the explanation has at most " + MAX_LINES
                    + " lines of a kind and parts of at most 200 characters");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
