package org.liaison.screening.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.NoticeSnapshot;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.persons.WantedNoticeId;
import org.liaison.shared.NodeProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hits as officers meet them: the alerts, a hit with both records side by side, and the review. Confirming tells the
 * notice's owner through the exchange, in the same transaction; dismissing needs a reason. A hit is reviewed once.
 * Every hit shown and every review is a line in the audit log.
 */
@Service
public class HitsService {

    /** Lists show at most this many hits, newest first. */
    public static final int LIST_LIMIT = 100;
    static final int MAX_NOTE = 1000;

    private final HitRecords hits;
    private final ConfirmationRecords confirmations;
    private final Persons persons;
    private final Exchange exchange;
    private final AuditLog audit;
    private final NodeProperties node;

    HitsService(HitRecords hits, ConfirmationRecords confirmations, Persons persons, Exchange exchange, AuditLog audit,
                NodeProperties node) {
        this.hits = hits;
        this.confirmations = confirmations;
        this.persons = persons;
        this.exchange = exchange;
        this.audit = audit;
        this.node = node;
    }

    /** A hit with the two records it links; a record no longer held here is null. */
    public record HitDossier(HitView hit, NoticeSnapshot notice, PersonSnapshot wanted, PersonSnapshot local) {
    }

    /** What the alert badge counts: hits to review on notices in force, and partners' confirmations not yet read. */
    public long alerts() {
        return hits.countOpen() + confirmations.countUnnoted();
    }

    public long openHits() {
        return hits.countOpen();
    }

    /** Hits, newest first, of one status or all (null); each one listed is an audited read. */
    @Transactional
    public List<HitView> list(HitStatus status, Actor reader) {
        List<ScreeningHit> found = hits.list(status == null ? null : status.name(), LIST_LIMIT);
        found.forEach(h -> log(reader, "READ", h.id(), "list"));
        return found.stream().map(ScreeningHit::view).toList();
    }

    /** The hits found on one notice (a partner's), for the notice's page; audited reads. */
    @Transactional
    public List<HitView> onNotice(WantedNoticeId notice, Actor reader) {
        List<ScreeningHit> found = hits.findByNoticeIdOrderByFoundMsDesc(notice.value());
        found.forEach(h -> log(reader, "READ", h.id(), "shown on wanted notice " + notice));
        return found.stream().map(ScreeningHit::view).toList();
    }

    /** The hit and both records; the hit and each record read are audited. */
    @Transactional
    public Optional<HitDossier> open(UUID id, Actor reader) {
        return hits.findById(id).map(h -> {
            log(reader, "READ", h.id(), "detail");
            HitView v = h.view();
            return new HitDossier(v, persons.notice(v.notice(), reader.username()).orElse(null),
                    persons.person(v.noticePerson(), reader.username()).orElse(null),
                    persons.person(v.person(), reader.username()).orElse(null));
        });
    }

    /**
     * The two records name one person: the hit is confirmed (this links them) and the notice's owner is told, with
     * what the match was made on unless an own notice about the person is for the own agency only.
     */
    @Transactional
    public void confirm(UUID id, Actor actor, String note) {
        ScreeningHit hit = hits.findById(id).orElseThrow(ScreeningRefused::notFound);
        String why = note(note, "note");
        ScreeningHit.Reviewer reviewer = reviewer(actor);
        hit.checkOpen(node.zone());
        PersonSnapshot local = persons.person(hit.person(), actor.username()).orElseThrow(ScreeningRefused::notFound);
        boolean withheld = persons.noticesAbout(hit.person(), actor.username()).stream()
                .anyMatch(n -> n.own() && n.handlingCode() == HandlingCode.OWN_AGENCY_ONLY);
        Wire.HitConfirmed payload = new Wire.HitConfirmed(hit.id(), hit.notice().value(), actor.username(),
                actor.officer().fullName(), reviewer.at(), why, hit.score(), withheld,
                withheld ? null : new Wire.Person(local.names(), local.sex(), local.birthDate(), local.nationality()),
                withheld ? List.of() : hit.lines().stream().map(ScreeningHitLine::line).toList());
        UUID message;
        try {
            message = exchange.send(new OutgoingMessage(hit.noticeAgency(), Wire.HIT_CONFIRMED, 1, payload,
                    "Screening hit confirmed on wanted notice " + hit.notice(), hit.notice().toString(),
                    "screening.hit:" + hit.id()), actor.officer());
        } catch (IllegalArgumentException e) {
            throw ScreeningRefused.conflict("screening.hit.error.notPartner", hit.noticeAgency());
        }
        hit.confirm(reviewer, why, message);
        save(hit);
        log(actor, "CONFIRM", hit.id(), "wanted notice " + hit.notice() + ", person " + hit.person() + ", told "
                + hit.noticeAgency() + " (message " + message + (withheld ? ", particulars withheld" : "") + ")");
    }

    /** The two records name different people; the reason is required. */
    @Transactional
    public void dismiss(UUID id, Actor actor, String reason) {
        ScreeningHit hit = hits.findById(id).orElseThrow(ScreeningRefused::notFound);
        String why = note(reason, "reason");
        if (why.isEmpty()) {
            throw ScreeningRefused.invalid("reason", "screening.hit.error.reasonRequired");
        }
        hit.dismiss(reviewer(actor), why);
        save(hit);
        log(actor, "DISMISS", hit.id(), "wanted notice " + hit.notice() + ", person " + hit.person());
    }

    private ScreeningHit.Reviewer reviewer(Actor actor) {
        return new ScreeningHit.Reviewer(actor.username(), actor.officer().fullName(), System.currentTimeMillis(),
                node.zone());
    }

    private static String note(String text, String field) {
        String s = text == null ? "" : text.strip();
        if (s.length() > MAX_NOTE) {
            throw ScreeningRefused.invalid(field, "screening.validation.tooLong", String.valueOf(MAX_NOTE));
        }
        return s;
    }

    private void save(ScreeningHit hit) {
        try {
            hits.save(hit);
        } catch (OptimisticLockingFailureException e) {
            // another officer reviewed it at the same moment, or its notice just ended: the page shows it afresh
            throw ScreeningRefused.conflict("screening.hit.error.changed");
        }
    }

    private void log(Actor actor, String action, UUID hit, String detail) {
        audit.append(new AuditEntry(actor.username(), actor.agency(), action, "screening_hit", hit.toString(),
                actor.remoteAddr(), detail));
    }
}
