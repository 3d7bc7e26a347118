package org.liaison.persons.internal;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonRecorded;
import org.liaison.persons.WantedNoticeClosed;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeReceived;
import org.liaison.persons.WantedNoticeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores partners' wanted notices as they arrive: the notice and its person as read-only records marked with
 * the issuing agency. Everything is checked before anything is written, so a refused message leaves nothing
 * behind and the event is published only for a notice that is stored. The partner's identity numbers are kept
 * as sent even when they look wrong here: the page shows why.
 */
@Component
class WantedNoticeReception {

    private static final Logger log = LoggerFactory.getLogger(WantedNoticeReception.class);

    private final WantedNoticeRecords notices;
    private final PersonRecords persons;
    private final Photos photos;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    WantedNoticeReception(WantedNoticeRecords notices, PersonRecords persons, Photos photos, AuditLog audit,
                          ApplicationEventPublisher events) {
        this.notices = notices;
        this.persons = persons;
        this.photos = photos;
        this.audit = audit;
        this.events = events;
    }

    void receive(IncomingMessage m, Wire.Notice w) {
        String sender = m.sender();
        if (w.id() == null || w.person() == null || w.person().id() == null) {
            throw new RejectedMessageException("a wanted notice needs an id and a person with an id");
        }
        if (!sender.equals(w.originAgency())) {
            throw new RejectedMessageException("the notice was issued by " + w.originAgency() + ", not by the sender "
                    + sender + "; notices are not passed on");
        }
        if (w.status() != WantedNoticeStatus.ACTIVE) {
            throw new RejectedMessageException("only an active notice can be shared; this one is " + w.status());
        }
        NoticeTerms terms;
        Particulars particulars;
        try {
            terms = new NoticeTerms(w.charges(), w.crimeArea(), w.issuingAuthority(), w.warrantReference(),
                    w.dangerWarnings(), w.handlingCode());
            particulars = particulars(w.person());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedMessageException("wanted notice " + w.id() + " is incomplete: " + e.getMessage());
        }
        Optional<WantedNotice> held = notices.findById(w.id());
        Optional<Person> heldPerson = persons.findById(w.person().id());
        if (held.isPresent() && !held.get().originAgency().equals(sender)) {
            throw new RejectedMessageException("notice id " + w.id() + " belongs to a record of " + held.get().originAgency());
        }
        if (heldPerson.isPresent() && !heldPerson.get().originAgency().equals(sender)) {
            throw new RejectedMessageException("person id " + w.person().id() + " belongs to a record of "
                    + heldPerson.get().originAgency());
        }
        if (held.isPresent() && !held.get().personId().value().equals(w.person().id())) {
            throw new RejectedMessageException("notice " + w.id() + " was received before about another person");
        }
        NoticePhoto photo = photo(w);

        long now = System.currentTimeMillis();
        PersonId personId = new PersonId(w.person().id());
        Person person = heldPerson.map(p -> {
            p.refreshFromOrigin(particulars, now);
            return p;
        }).orElseGet(() -> Person.received(personId, sender, particulars, now));
        persons.save(person);
        events.publishEvent(new PersonRecorded(personId, sender, false));
        String photoType = photo == null ? null : photo.contentType();
        WantedNotice notice;
        if (held.isPresent()) {
            notice = held.get();
            notice.refreshFromOrigin(terms, w.status(), photoType, w.photoWithheld());
        } else {
            notice = WantedNotice.received(new WantedNoticeId(w.id()), personId, sender, terms, w.status(),
                    w.issuedMs(), photoType, w.photoWithheld(), m.id(), now);
        }
        notices.save(notice);
        if (photo != null) {
            photos.put(w.id(), photo);
        } else {
            photos.remove(w.id());
        }
        audit.append(new AuditEntry("partner:" + sender, sender, "RECEIVE", "wanted_notice", w.id().toString(), "",
                "message " + m.id() + ", person " + personId + ", " + terms.crimeArea() + ", " + terms.handlingCode()));
        if (held.isEmpty()) {
            events.publishEvent(new WantedNoticeReceived(notice.id(), personId, sender));
        }
    }

    void receiveClosure(IncomingMessage m, Wire.NoticeClosed w) {
        if (w.id() == null || w.status() == null || w.status() == WantedNoticeStatus.ACTIVE) {
            throw new RejectedMessageException("a withdrawal names a notice and the status WITHDRAWN or EXECUTED");
        }
        WantedNotice notice = notices.findById(w.id())
                .filter(n -> n.originAgency().equals(m.sender()))
                .orElseThrow(() -> new RejectedMessageException("no wanted notice " + w.id() + " from " + m.sender()
                        + " is held here"));
        String reason = w.reason() == null ? "" : w.reason();
        if (reason.length() > 1000) {
            throw new RejectedMessageException("the reason is longer than 1000 characters");
        }
        if (notice.closedByOrigin(w.status(), reason, w.closedMs())) {
            notices.save(notice);
            audit.append(new AuditEntry("partner:" + m.sender(), m.sender(), w.status() == WantedNoticeStatus.WITHDRAWN
                    ? "WITHDRAW" : "EXECUTE", "wanted_notice", w.id().toString(), "", "message " + m.id()));
            events.publishEvent(new WantedNoticeClosed(notice.id(), m.sender(), w.status()));
        }
    }

    /** The partner's person as sent; only the structure is checked, not the identity numbers (shown instead). */
    private static Particulars particulars(Wire.Person p) {
        List<PersonName> names = p.names() == null ? List.of() : p.names();
        List<IdentityDocument> documents = p.documents() == null ? List.of() : p.documents();
        if (names.size() > ParticularsPolicy.MAX_NAMES || documents.size() > ParticularsPolicy.MAX_DOCUMENTS) {
            throw new IllegalArgumentException("too many names or documents");
        }
        for (PersonName n : names) {
            if (n.text().length() > NameRules.MAX_LENGTH) {
                throw new IllegalArgumentException("a name is longer than " + NameRules.MAX_LENGTH + " characters");
            }
        }
        for (IdentityDocument d : documents) {
            if (d.number().length() > 40) {
                throw new IllegalArgumentException("a document number is longer than 40 characters");
            }
        }
        if (p.nationality() != null && !p.nationality().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("nationality must be an ISO 3166 alpha-3 code, not '" + p.nationality() + "'");
        }
        return new Particulars(names, p.sex(), p.birthDate(), p.nationality(), documents);
    }

    /** The photo when it came along and is what it claims to be; a bad photo is dropped, the notice kept. */
    private static NoticePhoto photo(Wire.Notice w) {
        if (w.photoBase64() == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(w.photoBase64());
            if (Photos.problem(bytes).isPresent()) {
                log.warn("Dropped the photo of wanted notice {}: not a JPEG or PNG of at most 2 MB", w.id());
                return null;
            }
            return new NoticePhoto(Photos.contentType(bytes).orElseThrow(), bytes);
        } catch (IllegalArgumentException e) {
            log.warn("Dropped the photo of wanted notice {}: not base64", w.id());
            return null;
        }
    }
}
