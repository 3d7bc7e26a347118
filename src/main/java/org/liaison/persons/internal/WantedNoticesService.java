package org.liaison.persons.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Peers;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.WantedNoticeClosed;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.persons.internal.PersonsChangeRefused.Reason;
import org.liaison.shared.NodeProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing wanted notices, sharing them with partner agencies through the exchange, withdrawing them, and reading
 * them (every read audited). A share commits together with its outbox message: either both exist or neither.
 */
@Service
public class WantedNoticesService {

    private final WantedNoticeRecords notices;
    private final PersonRecords persons;
    private final PersonsService personsService;
    private final Photos photos;
    private final AuditLog audit;
    private final Exchange exchange;
    private final Peers peers;
    private final ApplicationEventPublisher events;
    private final NodeProperties node;

    WantedNoticesService(WantedNoticeRecords notices, PersonRecords persons, PersonsService personsService,
                         Photos photos, AuditLog audit, Exchange exchange, Peers peers,
                         ApplicationEventPublisher events, NodeProperties node) {
        this.notices = notices;
        this.persons = persons;
        this.personsService = personsService;
        this.photos = photos;
        this.audit = audit;
        this.exchange = exchange;
        this.peers = peers;
        this.events = events;
        this.node = node;
    }

    @Transactional
    public WantedNoticeId issue(Actor actor, NoticeDraft d) {
        Problems problems = new Problems();
        Person person = null;
        if (problems.required("personId", d.personId())) {
            person = uuid(d.personId()).flatMap(persons::findById).orElse(null);
            if (person == null) {
                problems.invalid("personId", "persons.notice.error.unknownPerson");
            } else if (!person.own()) {
                problems.invalid("personId", "persons.notice.error.personNotOwn", person.originAgency());
            }
        }
        if (problems.required("charges", d.charges())) {
            problems.fits("charges", d.charges(), NoticeTerms.MAX_CHARGES);
        }
        CrimeArea area = problems.oneOf("crimeArea", d.crimeArea(), CrimeArea.class);
        if (problems.required("issuingAuthority", d.issuingAuthority())) {
            problems.fits("issuingAuthority", d.issuingAuthority(), NoticeTerms.MAX_AUTHORITY);
        }
        if (problems.required("warrantReference", d.warrantReference())) {
            problems.fits("warrantReference", d.warrantReference(), NoticeTerms.MAX_WARRANT);
        }
        problems.fits("dangerWarnings", d.dangerWarnings(), NoticeTerms.MAX_DANGER);
        HandlingCode handling = problems.oneOf("handlingCode", d.handlingCode(), HandlingCode.class);
        byte[] photo = d.photo() == null || d.photo().length == 0 ? null : d.photo();
        if (photo != null) {
            Photos.problem(photo).ifPresent(p -> problems.invalid("photo", p));
        }
        problems.throwIfAny();

        NoticeTerms terms = new NoticeTerms(d.charges().strip(), area, d.issuingAuthority().strip(),
                d.warrantReference().strip(), d.dangerWarnings() == null ? "" : d.dangerWarnings().strip(), handling);
        String photoType = photo == null ? null : Photos.contentType(photo).orElseThrow();
        WantedNotice saved = notices.save(WantedNotice.issue(person.id(), terms, photoType, node.agency(),
                actor.username(), System.currentTimeMillis()));
        if (photo != null) {
            photos.put(saved.id().value(), new NoticePhoto(photoType, photo));
        }
        log(actor, "CREATE", saved.id(), "person " + person.id() + ", " + area + ", " + handling
                + (photo == null ? "" : ", photo " + photo.length + " bytes"));
        return saved.id();
    }

    /** Own and received notices, newest first, filtered; each one listed is an audited read. */
    @Transactional
    public List<NoticeSummary> list(PersonsService.Origin origin, WantedNoticeStatus status, CrimeArea area,
                                    Actor reader) {
        List<WantedNotice> found = notices.list(origin.own, status == null ? null : status.name(),
                area == null ? null : area.name(), PersonsService.LIST_LIMIT);
        return found.stream().map(n -> {
            Person p = persons.findById(n.personId().value()).orElseThrow();
            log(reader, "READ", n.id(), "list");
            audit.append(new AuditEntry(reader.username(), reader.agency(), "READ", "person", p.id().toString(),
                    reader.remoteAddr(), "listed on wanted notice " + n.id()));
            return summary(n, p);
        }).toList();
    }

    static NoticeSummary summary(WantedNotice n, Person p) {
        NoticeTerms t = n.terms();
        return new NoticeSummary(n.id(), n.personId(), p.particulars().names(), n.originAgency(), n.own(), t.crimeArea(),
                t.handlingCode(), n.status(), t.warrantReference(), Instant.ofEpochMilli(n.issuedMs()));
    }

    /**
     * The notice with its person; both reads are audited. An officer opening a partner's notice also tells the
     * partner it was read.
     */
    @Transactional
    public Optional<NoticeDossier> open(WantedNoticeId id, Actor reader, String purpose) {
        return notices.findById(id.value()).map(n -> {
            log(reader, "READ", id, purpose);
            Person p = persons.findById(n.personId().value()).orElseThrow();
            audit.append(new AuditEntry(reader.username(), reader.agency(), "READ", "person", p.id().toString(),
                    reader.remoteAddr(), "shown on wanted notice " + id));
            if (!n.own() && (reader.officer().has("OFFICER") || reader.officer().has("SUPERVISOR"))) {
                n.receivedMessage().ifPresent(m -> exchange.markRead(m, reader.officer()));
            }
            return dossier(n, personsService.dossier(p, List.of()));
        });
    }

    private static NoticeDossier dossier(WantedNotice n, PersonDossier person) {
        return new NoticeDossier(n.id(), n.originAgency(), n.own(), n.terms(), n.status(), n.statusReason(),
                Instant.ofEpochMilli(n.issuedMs()), n.issuedBy(), n.closedMs() == 0 ? null : Instant.ofEpochMilli(n.closedMs()),
                n.closedBy(), n.receivedMs() == 0 ? null : Instant.ofEpochMilli(n.receivedMs()), n.receivedMessage(),
                n.photoType().isPresent(), n.photoWithheld(), person,
                n.shares().stream().map(s -> new NoticeDossier.ShareLine(s.agency(), s.messageId(), s.sharedBy(),
                        Instant.ofEpochMilli(s.sharedMs()))).toList(), n.version());
    }

    /** The notice's photo for display; an audited read. */
    @Transactional
    public Optional<NoticePhoto> photo(WantedNoticeId id, Actor reader) {
        Optional<NoticePhoto> photo = photos.find(id.value());
        photo.ifPresent(p -> log(reader, "READ", id, "photo"));
        return photo;
    }

    /** The partner agencies this node is paired with: where a notice can be shared. */
    public List<String> partners() {
        return peers.list().stream().map(Peers.PeerSummary::agency).filter(a -> !a.equals(node.agency())).toList();
    }

    /**
     * Sends a copy of an own, active notice and its person to a paired partner agency, in this transaction; the
     * notice records where it went. Returns the exchange message's id.
     */
    @Transactional
    public UUID share(Actor actor, WantedNoticeId id, String agency) {
        WantedNotice n = notices.findById(id.value()).orElseThrow(PersonsChangeRefused::notFound);
        if (agency == null || agency.isBlank()) {
            throw PersonsChangeRefused.one(Reason.INVALID, "agency", "persons.validation.required");
        }
        if (!partners().contains(agency)) {
            throw PersonsChangeRefused.one(Reason.INVALID, "agency", "persons.notice.error.notPartner", agency);
        }
        n.checkSharable(agency);
        Person p = persons.findById(n.personId().value()).orElseThrow();
        UUID message = exchange.send(new OutgoingMessage(agency, Wire.NOTICE, 1, payload(n, p),
                "Wanted notice " + id + " (" + n.terms().crimeArea() + ")", id.toString(), conversation(id)),
                actor.officer());
        n.shareWith(agency, message, actor.username(), System.currentTimeMillis());
        save(n);
        log(actor, "SHARE", id, "to " + agency + ", message " + message + ", handling " + n.terms().handlingCode());
        return message;
    }

    /** Withdraws an own active notice, or records it as executed; partners that hold a copy are told. */
    @Transactional
    public void close(Actor actor, WantedNoticeId id, WantedNoticeStatus to, String reason) {
        WantedNotice n = notices.findById(id.value()).orElseThrow(PersonsChangeRefused::notFound);
        String why = reason == null ? "" : reason.strip();
        if (to == WantedNoticeStatus.WITHDRAWN && why.isEmpty()) {
            throw PersonsChangeRefused.one(Reason.INVALID, "reason", "persons.notice.error.reasonRequired");
        }
        if (why.length() > 1000) {
            throw PersonsChangeRefused.one(Reason.INVALID, "reason", "persons.validation.tooLong", "1000");
        }
        long now = System.currentTimeMillis();
        n.close(to, why, actor.username(), now);
        save(n);
        for (WantedNotice.WantedNoticeShare s : n.shares()) {
            exchange.send(new OutgoingMessage(s.agency(), Wire.NOTICE_WITHDRAWN, 1,
                    new Wire.NoticeClosed(id.value(), to, why, now),
                    "Wanted notice " + id + " " + to.name().toLowerCase(), id.toString(), conversation(id)),
                    actor.officer());
        }
        log(actor, to == WantedNoticeStatus.WITHDRAWN ? "WITHDRAW" : "EXECUTE", id,
                "told " + n.shares().stream().map(WantedNotice.WantedNoticeShare::agency).toList());
        events.publishEvent(new WantedNoticeClosed(id, n.originAgency(), to));
    }

    /** The notice and its withdrawal travel in one conversation, so the partner applies them in that order. */
    static String conversation(WantedNoticeId id) {
        return "persons.wanted-notice:" + id;
    }

    private Wire.Notice payload(WantedNotice n, Person p) {
        NoticeTerms t = n.terms();
        var s = p.snapshot();
        Optional<NoticePhoto> photo = n.photoType().isPresent() ? photos.find(n.id().value()) : Optional.empty();
        boolean fits = photo.isPresent() && photo.get().bytes().length <= Photos.MAX_SHARED_BYTES;
        return new Wire.Notice(n.id().value(), n.originAgency(), t.charges(), t.crimeArea(), t.issuingAuthority(),
                t.warrantReference(), t.dangerWarnings(), t.handlingCode(), n.status(), n.issuedMs(),
                new Wire.Person(s.id().value(), s.names(), s.sex(), s.birthDate(), s.nationality(), s.documents()),
                fits ? photo.get().contentType() : null,
                fits ? Base64.getEncoder().encodeToString(photo.get().bytes()) : null,
                photo.isPresent() && !fits);
    }

    private void save(WantedNotice n) {
        try {
            notices.save(n);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // another officer changed or shared the notice at the same moment
            throw PersonsChangeRefused.one(Reason.CONFLICT, null, "persons.error.stale");
        }
    }

    private void log(Actor actor, String action, WantedNoticeId id, String detail) {
        audit.append(new AuditEntry(actor.username(), actor.agency(), action, "wanted_notice", id.toString(),
                actor.remoteAddr(), detail));
    }

    static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(Objects.requireNonNull(s).strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
