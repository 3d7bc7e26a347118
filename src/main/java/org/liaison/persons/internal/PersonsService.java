package org.liaison.persons.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.persons.NoticeSnapshot;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonRecorded;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.internal.PersonsChangeRefused.Reason;
import org.liaison.shared.NodeProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, correcting, finding and opening person records. Every change is checked whole before anything is
 * written; every read of a record, in a list or on its own, is a line in the audit log, committed with the read.
 */
@Service
public class PersonsService implements Persons {

    /** Lists show at most this many records; a search narrows them. */
    public static final int LIST_LIMIT = 100;

    /** Records read per query when every record is handed over ({@link #everyPerson}). */
    static final int PAGE = 500;

    private final PersonRecords persons;
    private final WantedNoticeRecords notices;
    private final AuditLog audit;
    private final NodeProperties node;
    private final ApplicationEventPublisher events;
    private final PersonNames names;

    PersonsService(PersonRecords persons, WantedNoticeRecords notices, AuditLog audit, NodeProperties node,
                   ApplicationEventPublisher events, PersonNames names) {
        this.names = names;
        this.persons = persons;
        this.notices = notices;
        this.audit = audit;
        this.node = node;
        this.events = events;
    }

    /** Which records a list shows. */
    public enum Origin {
        ALL(null), OWN(true), RECEIVED(false);

        final Boolean own;

        Origin(Boolean own) {
            this.own = own;
        }
    }

    @Transactional
    public PersonId record(Actor actor, PersonDraft draft) {
        Particulars p = ParticularsPolicy.check(draft, today());
        Person saved = persons.save(Person.record(p, node.agency(), actor.username(), System.currentTimeMillis()));
        log(actor, "CREATE", saved.id(), describe(p));
        events.publishEvent(new PersonRecorded(saved.id(), saved.originAgency(), true));
        return saved.id();
    }

    /** Checks a draft without saving it: the problems {@link #record} would refuse it with, or nothing. */
    public void check(PersonDraft draft) {
        ParticularsPolicy.check(draft, today());
    }

    @Transactional
    public void revise(Actor actor, PersonId id, int expectedVersion, PersonDraft draft) {
        Person person = persons.findById(id.value()).orElseThrow(PersonsChangeRefused::notFound);
        if (!person.own()) {
            throw PersonsChangeRefused.one(Reason.CONFLICT, null, "persons.error.foreignReadOnly", person.originAgency());
        }
        if (!Objects.equals(person.version(), expectedVersion)) {
            throw PersonsChangeRefused.one(Reason.CONFLICT, null, "persons.error.stale");
        }
        Particulars p = ParticularsPolicy.check(draft, today());
        person.revise(p, System.currentTimeMillis());
        try {
            persons.save(person);
        } catch (OptimisticLockingFailureException e) {
            throw PersonsChangeRefused.one(Reason.CONFLICT, null, "persons.error.stale");
        }
        log(actor, "UPDATE", id, describe(p));
        events.publishEvent(new PersonRecorded(id, person.originAgency(), true));
    }

    /** The record with its document checks and notices; the read, and each notice shown, are audited. */
    @Transactional
    public Optional<PersonDossier> open(PersonId id, Actor reader, String purpose) {
        Optional<Person> found = persons.findById(id.value());
        found.ifPresent(p -> log(reader, "READ", id, purpose));
        return found.map(p -> {
            List<NoticeSummary> about = notices.findByPersonIdOrderByIssuedMsDesc(id.value()).stream()
                    .map(n -> WantedNoticesService.summary(n, p))
                    .toList();
            about.forEach(n -> audit.append(new AuditEntry(reader.username(), reader.agency(), "READ", "wanted_notice",
                    n.id().toString(), reader.remoteAddr(), "listed on person " + id)));
            return dossier(p, about);
        });
    }

    PersonDossier dossier(Person p, List<NoticeSummary> about) {
        Particulars particulars = p.particulars();
        LocalDate today = today();
        List<PersonDossier.DocumentCheck> checks = particulars.documents().stream().map(d -> {
            IdNumberReading reading = IdNumbers.read(d.type(), d.number(), today);
            return new PersonDossier.DocumentCheck(d, reading, IdNumbers.conflicts(d.type(), reading,
                    particulars.birthDate(), particulars.sex(), particulars.nationality()));
        }).toList();
        return new PersonDossier(p.id(), p.originAgency(), p.own(), particulars, checks, about, p.createdBy(),
                Instant.ofEpochMilli(p.createdMs()), Instant.ofEpochMilli(p.updatedMs()), p.version());
    }

    /**
     * Records whose names or document numbers contain {@code query} (ignoring case, diacritics and đ/d), newest
     * first; all records when the query is blank. Each record listed is an audited read.
     */
    @Transactional
    public List<PersonSummary> search(String query, Origin origin, Actor reader) {
        String folded = query == null ? "" : NameRules.fold(query);
        List<Person> found = persons.search("%" + escapeLike(folded) + "%", origin.own, LIST_LIMIT);
        String purpose = folded.isEmpty() ? "list" : "search: " + cut(query.strip(), 200);
        for (Person p : found) {
            log(reader, "READ", p.id(), purpose);
        }
        return found.stream().map(p -> new PersonSummary(p.id(), p.originAgency(), p.own(), p.particulars(),
                Instant.ofEpochMilli(p.updatedMs()))).toList();
    }

    /** The own agency's records to choose from when issuing a notice; names only, each an audited read. */
    @Transactional
    public List<PersonSummary> ownForChoice(Actor reader) {
        return search("", Origin.OWN, reader);
    }

    @Override
    @Transactional
    public Optional<PersonSnapshot> person(PersonId id, String reader) {
        Optional<Person> found = persons.findById(id.value());
        found.ifPresent(p -> audit.append(new AuditEntry(reader, node.agency(), "READ", "person", id.toString(), "",
                "module read")));
        return found.map(Person::snapshot);
    }

    @Override
    @Transactional
    public Map<PersonId, List<PersonName>> names(Collection<PersonId> ids, String reader) {
        Map<PersonId, List<PersonName>> found = names.of(ids);
        found.keySet().forEach(id -> audit.append(new AuditEntry(reader, node.agency(), "READ", "person", id.toString(),
                "", "module read: names")));
        return found;
    }

    @Override
    public long everyPerson(String reader, String purpose, Consumer<PersonSnapshot> sink) {
        long n = 0;
        UUID after = null;
        List<Person> page;
        do {
            page = persons.page(after, PAGE);
            for (Person p : page) {
                sink.accept(p.snapshot());
            }
            n += page.size();
            after = page.isEmpty() ? after : page.getLast().id().value();
        } while (page.size() == PAGE);
        audit.append(new AuditEntry(reader, node.agency(), "READ", "person", "", "", purpose + " " + n + " persons"));
        return n;
    }

    @Override
    public long personCount() {
        return persons.count();
    }

    @Override
    @Transactional
    public Optional<NoticeSnapshot> notice(WantedNoticeId id, String reader) {
        Optional<WantedNotice> found = notices.findById(id.value());
        found.ifPresent(n -> logModuleRead(reader, n));
        return found.map(WantedNotice::snapshot);
    }

    @Override
    @Transactional
    public List<NoticeSnapshot> noticesAbout(PersonId person, String reader) {
        List<WantedNotice> found = notices.findByPersonIdOrderByIssuedMsDesc(person.value());
        found.forEach(n -> logModuleRead(reader, n));
        return found.stream().map(WantedNotice::snapshot).toList();
    }

    private void logModuleRead(String reader, WantedNotice n) {
        audit.append(new AuditEntry(reader, node.agency(), "READ", "wanted_notice", n.id().toString(), "", "module read"));
    }

    @Override
    @Transactional
    public List<PersonSnapshot> search(String query, String reader, int limit) {
        String folded = query == null ? "" : NameRules.fold(query);
        List<Person> found = persons.search("%" + escapeLike(folded) + "%", null, Math.min(limit, LIST_LIMIT));
        found.forEach(p -> audit.append(new AuditEntry(reader, node.agency(), "READ", "person", p.id().toString(), "",
                "module search: " + cut(folded, 200))));
        return found.stream().map(Person::snapshot).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NoticeFacts> notice(WantedNoticeId id) {
        return notices.findById(id.value()).map(n -> new NoticeFacts(n.id(), n.personId(), n.originAgency(), n.status()));
    }

    @Override
    @Transactional
    public List<PersonSnapshot> find(String query, String reader) {
        String folded = query == null ? "" : NameRules.fold(query);
        List<Person> found = persons.search("%" + escapeLike(folded) + "%", null, LIST_LIMIT);
        String purpose = folded.isEmpty() ? "module list" : "module search: " + cut(query.strip(), 200);
        found.forEach(p -> audit.append(new AuditEntry(reader, node.agency(), "READ", "person", p.id().toString(), "",
                purpose)));
        return found.stream().map(Person::snapshot).toList();
    }

    LocalDate today() {
        return LocalDate.now(node.zone());
    }

    private void log(Actor actor, String action, PersonId id, String detail) {
        audit.append(new AuditEntry(actor.username(), actor.agency(), action, "person", id.toString(),
                actor.remoteAddr(), detail));
    }

    /** What changed, for the audit log: counts, not the personal data itself. */
    private static String describe(Particulars p) {
        return p.names().size() + " names, " + p.documents().size() + " documents, birth "
                + (p.birthDate() == null ? "unknown" : p.birthDate().precision()) + ", nationality "
                + (p.nationality() == null ? "unknown" : p.nationality());
    }

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
