package org.liaison.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.internal.CasesChangeRefused.Reason;
import org.liaison.directory.Directory;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.Peers;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.shared.NodeProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, listing, reading (audited) and changing joint cases, and sharing them with partner agencies. The shared
 * core of a case is its originating agency's to change; every change raises the revision and goes to every partner
 * holding a copy in the same transaction (the exchange's outbox commits with it).
 */
@Service
public class CasesService {

    /** Lists show at most this many cases; filters narrow them. */
    public static final int LIST_LIMIT = 100;

    private final JointCases cases;
    private final CaseListing listing;
    private final CaseTasks tasks;
    private final CaseLinks links;
    private final Proposals proposals;
    private final CaseHistory history;
    private final CasePolicy policy;
    private final CaseJournal journal;
    private final CaseMessages messages;
    private final ChangeJson changes;
    private final Persons persons;
    private final Peers peers;
    private final Exchange exchange;
    private final Directory directory;
    private final NodeProperties node;

    CasesService(JointCases cases, CaseTasks tasks, CaseLinks links, Proposals proposals, CaseHistory history,
                 CasePolicy policy, CaseJournal journal, CaseMessages messages, ChangeJson changes, Persons persons, Peers peers,
                 Exchange exchange, Directory directory, NodeProperties node, CaseListing listing) {
        this.listing = listing;
        this.cases = cases;
        this.tasks = tasks;
        this.links = links;
        this.proposals = proposals;
        this.history = history;
        this.policy = policy;
        this.journal = journal;
        this.messages = messages;
        this.changes = changes;
        this.persons = persons;
        this.peers = peers;
        this.exchange = exchange;
        this.directory = directory;
        this.node = node;
    }

    /** Which cases a list shows. */
    public enum Origin {
        ALL(null), OWN(true), RECEIVED(false);

        final Boolean own;

        Origin(Boolean own) {
            this.own = own;
        }
    }

    /**
     * What a list shows; a part left null matches everything.
     *
     * @param unit {@code AGENCY/CODE} of a participating unit
     * @param from the first day a case may have been opened on
     * @param to   the last day
     */
    public record Filter(Origin origin, CrimeArea area, CaseStatus status, LocalDate from, LocalDate to, String unit) {
    }

    @Transactional
    public CaseId create(Actor actor, CaseDraft draft) {
        CaseCore core = policy.core(draft, node.agency(), true);
        long now = System.currentTimeMillis();
        JointCase c = cases.save(JointCase.open(new CaseId(UUID.randomUUID()), core, node.agency(), actor.username(),
                policy.today(), now));
        journal.record(c, actor, HistoryKind.OPENED, HistorySubject.of(HistorySubject.Type.CRIME_AREA, core.crimeArea().name()), "", now);
        return c.id();
    }

    /** Own cases and partners' copies, newest first; no personal data, so not an audited read. */
    @Transactional(readOnly = true)
    public List<CaseSummary> list(Filter f) {
        return listing.list(f.origin() == null ? null : f.origin().own, f.area() == null ? null : f.area().name(),
                f.status() == null ? null : f.status().name(), f.from(), f.to(),
                f.unit() == null || f.unit().isBlank() ? null : f.unit(), LIST_LIMIT);
    }

    /**
     * The case with everything on it. The read is audited, and so is each linked person shown: through the persons
     * module when this node holds the record, here when only the names came with a partner's case.
     */
    @Transactional
    public Optional<CaseDossier> open(CaseId id, Actor reader) {
        return cases.findById(id.value()).map(c -> {
            journal.audit(reader, "READ", id.value(), "revision " + c.revision());
            if (!c.own() && (reader.officer().has("OFFICER") || reader.officer().has("SUPERVISOR"))) {
                c.receivedMessage().ifPresent(m -> exchange.markRead(m, reader.officer()));
            }
            return dossier(c, reader);
        });
    }

    private CaseDossier dossier(JointCase c, Actor reader) {
        List<CaseDossier.PersonLine> people = c.persons().stream().map(p -> {
            Optional<PersonSnapshot> held = persons.person(new PersonId(p.personId()), reader.username());
            if (held.isEmpty()) {
                journal.auditPerson(reader, "READ", p.personId(), "names held by " + p.heldBy() + ", shown on case " + c.id());
            }
            return new CaseDossier.PersonLine(p.personId(), p.heldBy(), p.role(),
                    held.map(CasesService::names).orElse(p.names()), held.isPresent());
        }).toList();
        Map<String, String> officerNames = directory.officers().stream()
                .collect(Collectors.toMap(Directory.OfficerSummary::username, Directory.OfficerSummary::fullName));
        var today = policy.today();
        List<CaseDossier.TaskLine> taskLines = tasks.findByCaseIdOrderByDueOnAscCreatedMsAsc(c.id().value()).stream()
                .map(t -> new CaseDossier.TaskLine(t.id(), t.title(), t.owner(), officerNames.getOrDefault(t.owner(), t.owner()),
                        t.dueOn(), t.status(), t.overdue(today))).toList();
        List<CaseDossier.ProposalLine> proposalLines = proposals.findByCaseIdOrderByProposedMsDesc(c.id().value()).stream()
                .map(p -> new CaseDossier.ProposalLine(p.id(), p.proposingAgency(), p.proposedBy(), p.proposedMs(),
                        p.baseRevision(), changes.read(p.changeJson()), p.note(), p.state(), p.decidedBy(),
                        p.decidedMs(), p.decisionReason(), p.appliedRevision(), p.outOfDate(c.revision()))).toList();
        Set<String> agencies = new LinkedHashSet<>();
        agencies.add(c.originAgency());
        c.shares().forEach(s -> agencies.add(s.agency()));
        c.core().units().forEach(u -> agencies.add(u.agency()));
        List<CaseHistoryEntry> lines = history.findByCaseIdOrderByAtMsDescIdDesc(c.id().value());
        auditOthersShown(c, reader, proposalLines, lines);
        return new CaseDossier(c.id(), c.originAgency(), c.own(), c.revision(), c.core(), c.openedOn(), c.openedBy(),
                c.openedMs(), c.updatedMs(), c.receivedMs(), c.receivedMessage(), List.copyOf(agencies), people,
                c.seizures(), SeizureTotals.of(lines(c.seizures())), c.shares(),
                links.findByCaseIdOrderByAddedMsAsc(c.id().value()), taskLines, proposalLines, lines);
    }

    /** Persons named in the page's proposals and history but no longer (or not yet) linked: their reads are audited too. */
    private void auditOthersShown(JointCase c, Actor reader, List<CaseDossier.ProposalLine> proposalLines,
                                  List<CaseHistoryEntry> lines) {
        Set<UUID> shown = new LinkedHashSet<>();
        proposalLines.stream().filter(p -> p.change().person() != null)
                .forEach(p -> shown.add(p.change().person().personId()));
        lines.forEach(h -> HistorySubject.parse(h.subject()).personId().ifPresent(shown::add));
        c.persons().forEach(p -> shown.remove(p.personId()));
        shown.forEach(id -> journal.auditPerson(reader, "READ", id, "named in the proposals or history of case " + c.id()));
    }

    static List<SeizureTotals.Line> lines(List<Seizure> seizures) {
        return seizures.stream().map(s -> new SeizureTotals.Line(s.drugType(), s.quantity(), s.quantityUnit())).toList();
    }

    /** The shared core and revision of a case, for a caller that changes only some fields; no personal data. */
    @Transactional(readOnly = true)
    public Optional<CaseCore> core(CaseId id) {
        return cases.findById(id.value()).map(JointCase::core);
    }

    /** The originating agency replaces the core; refused when the case moved on since the form was opened. */
    @Transactional
    public void edit(Actor actor, CaseId id, int expectedRevision, CaseDraft draft) {
        JointCase c = find(id);
        c.checkEditable();
        if (c.revision() != expectedRevision) {
            throw CasesChangeRefused.conflict("cases.error.stale", String.valueOf(expectedRevision),
                    String.valueOf(c.revision()));
        }
        CaseCore to = policy.core(draft, c.originAgency(), false);
        long now = System.currentTimeMillis();
        List<FieldChange> changes = c.revise(to, now);
        changed(c, actor, HistoryKind.EDITED, HistorySubject.fields(changes), "", now);
    }

    /** The partner agencies this node is paired with: where a case can be shared. */
    public List<String> partners() {
        return peers.list().stream().map(Peers.PeerSummary::agency).filter(a -> !a.equals(node.agency())).toList();
    }

    /** Sends a copy of an own case to a paired partner, in this transaction; the case records where it went. */
    @Transactional
    public UUID share(Actor actor, CaseId id, String agency) {
        JointCase c = find(id);
        if (agency == null || agency.isBlank()) {
            throw CasesChangeRefused.one(Reason.INVALID, "agency", "cases.validation.required");
        }
        if (!partners().contains(agency)) {
            throw CasesChangeRefused.one(Reason.INVALID, "agency", "cases.error.notPartner", agency);
        }
        String language = CasePolicy.language(agency);
        c.checkSharable(agency, language);
        CaseCopy copy = c.copy();
        List<String> holders = new ArrayList<>(copy.sharedWith());
        holders.add(agency);
        CaseCopy sent = new CaseCopy(copy.id(), copy.originAgency(), copy.revision(), copy.crimeArea(), copy.titleVi(),
                copy.titleZh(), copy.summary(), copy.status(), copy.openedOn(), copy.openedBy(), copy.openedMs(),
                copy.units(), copy.persons(), copy.seizures(), holders);
        UUID message = messages.share(sent, agency, actor.officer());
        long now = System.currentTimeMillis();
        c.shareWith(agency, language, message, actor.username(), now);
        save(c);
        journal.record(c, actor, HistoryKind.SHARED, HistorySubject.of(HistorySubject.Type.AGENCY, agency), "", now);
        return message;
    }

    @Transactional
    public UUID addSeizure(Actor actor, CaseId id, SeizureDraft draft) {
        JointCase c = find(id);
        c.checkEditable();
        SeizureFacts facts = policy.seizure(draft, "");
        long now = System.currentTimeMillis();
        Seizure s = Seizure.of(UUID.randomUUID(), facts, actor.username(), now);
        c.addSeizure(s, now);
        changed(c, actor, HistoryKind.SEIZURE_ADDED, HistorySubject.seizure(facts), "", now);
        return s.seizureId();
    }

    @Transactional
    public void removeSeizure(Actor actor, CaseId id, UUID seizureId) {
        JointCase c = find(id);
        long now = System.currentTimeMillis();
        Seizure s = c.removeSeizure(seizureId, now);
        changed(c, actor, HistoryKind.SEIZURE_REMOVED, HistorySubject.seizure(s.facts()), "", now);
    }

    @Transactional
    public void linkPerson(Actor actor, CaseId id, String personId, String role) {
        JointCase c = find(id);
        c.checkEditable();
        CasePerson p = person(actor, personId, role, "");
        long now = System.currentTimeMillis();
        c.link(p, now);
        changed(c, actor, HistoryKind.PERSON_LINKED, HistorySubject.person(p), "", now);
        journal.auditPerson(actor, "LINK", p.personId(), "linked to case " + id + " as " + p.role());
    }

    @Transactional
    public void unlinkPerson(Actor actor, CaseId id, UUID personId) {
        JointCase c = find(id);
        long now = System.currentTimeMillis();
        CasePerson p = c.unlink(personId, now);
        changed(c, actor, HistoryKind.PERSON_UNLINKED, HistorySubject.person(p), "", now);
        journal.auditPerson(actor, "UNLINK", p.personId(), "unlinked from case " + id);
    }

    /** Person records of this node to link, found by name or number; each one listed is an audited read. */
    @Transactional
    public List<PersonSnapshot> personChoices(String query, Actor reader) {
        return persons.find(query, reader.username());
    }

    /** A person of this node's records, checked for linking; the read is audited by the persons module. */
    CasePerson person(Actor actor, String personId, String role, String prefix) {
        Problems p = new Problems();
        PersonRole r = p.oneOf(prefix + "role", role, PersonRole.class);
        Optional<PersonSnapshot> found = Optional.empty();
        if (p.required(prefix + "personId", personId)) {
            found = uuid(personId).flatMap(u -> persons.person(new PersonId(u), actor.username()));
            if (found.isEmpty()) {
                p.invalid(prefix + "personId", "cases.validation.unknownPerson", personId.strip());
            }
        }
        p.throwIfAny();
        PersonSnapshot s = found.orElseThrow();
        return new CasePerson(s.id().value(), s.originAgency(), r, names(s), actor.username(), System.currentTimeMillis());
    }

    /** A record's names in its own order, for people who may not read every script. */
    static String names(PersonSnapshot s) {
        String joined = String.join(" · ", s.names().stream().map(PersonName::text).toList());
        return joined.length() <= CasePolicy.MAX_NAMES ? joined : joined.substring(0, CasePolicy.MAX_NAMES);
    }

    /** Saves a change of the core, writes its history and sends the new revision to every partner holding a copy. */
    void changed(JointCase c, Actor actor, HistoryKind kind, HistorySubject subject, String note, long now) {
        save(c);
        journal.record(c, actor, kind, subject, note, now);
        messages.update(c, actor.officer());
    }

    JointCase find(CaseId id) {
        return cases.findById(id.value()).orElseThrow(CasesChangeRefused::notFound);
    }

    void save(JointCase c) {
        try {
            cases.save(c);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            // another officer changed or shared the case at the same moment
            throw CasesChangeRefused.conflict("cases.error.concurrent");
        }
    }

    static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(Objects.requireNonNull(s).strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
