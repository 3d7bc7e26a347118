package org.liaison.cases.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liaison.cases.CaseId;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, fills an empty cases module on both nodes by playing each demo case's history through the same
 * domain steps and checks as officers' actions: the originating node keeps the case with its history, the partner
 * it was shared with keeps the copy it would have received and its own history of it, both keep the proposals
 * under the same ids, and each side keeps its own tasks and links. Nothing is sent at seed time.
 */
@Component
/* After the cooperation seed: the demo links name its reports and requests. */
@Order(45)
class CasesSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CasesSeeder.class);

    private final NodeProperties node;
    private final JointCases cases;
    private final CaseTasks tasks;
    private final CaseLinks links;
    private final Proposals proposals;
    private final CaseHistory history;
    private final CasePolicy policy;
    private final ChangeJson changes;
    private final Persons persons;

    CasesSeeder(NodeProperties node, JointCases cases, CaseTasks tasks, CaseLinks links, Proposals proposals,
                CaseHistory history, CasePolicy policy, ChangeJson changes, Persons persons) {
        this.node = node;
        this.cases = cases;
        this.tasks = tasks;
        this.links = links;
        this.proposals = proposals;
        this.history = history;
        this.policy = policy;
        this.changes = changes;
        this.persons = persons;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!node.demo() || cases.count() > 0) {
            return;
        }
        long now = System.currentTimeMillis();
        for (DemoCases.CaseSeed seed : DemoCases.CASES) {
            if (seed.agency().equals(node.agency()) || node.agency().equals(seed.sharedWith())) {
                new Replay(seed, now).run();
            }
        }
        if (List.of("VN-CB", "CN-GX").contains(node.agency())) {
            seed2017();
        }
        log.info("Seeded the demo joint cases for {}", node.agency());
    }

    /** The 92 closed cases of 2017, saved in two batches: the cases, then one history line each. */
    private void seed2017() {
        List<JointCase> made = new ArrayList<>();
        List<CaseHistoryEntry> lines = new ArrayList<>();
        for (History2017.Seed seed : History2017.seeds()) {
            boolean origin = seed.origin().equals(node.agency());
            JointCase c = JointCase.open(seed.id(), policy.core(seed.draft(null), seed.origin(), true), seed.origin(),
                    seed.officer(), seed.opened(), seed.at(9));
            c.sharedBefore(seed.partner(), seed.officer(), seed.at(10));
            c.revise(policy.core(seed.draft("CLOSED"), seed.origin(), false), seed.at(17));
            made.add(origin ? c : JointCase.received(c.copy(), null, seed.at(10)));
            lines.add(new CaseHistoryEntry(null, seed.id().value(), origin ? seed.at(9) : seed.at(10), seed.officer(),
                    seed.origin(), origin ? HistoryKind.OPENED : HistoryKind.RECEIVED, c.revision(),
                    HistorySubject.of(HistorySubject.Type.CRIME_AREA, c.core().crimeArea().name()).toString(), ""));
        }
        cases.saveAll(made);
        history.saveAll(lines);
    }

    /** One case's history, played on the originator's case; this node keeps its own side of it. */
    private final class Replay {

        private final DemoCases.CaseSeed seed;
        private final long now;
        private final LocalDate today;
        private final boolean origin;
        private final List<CaseHistoryEntry> lines = new ArrayList<>();
        private final Map<String, Proposal> made = new HashMap<>();
        private JointCase c;
        private String partner;
        private long sharedAt;
        private int step;

        Replay(DemoCases.CaseSeed seed, long now) {
            this.seed = seed;
            this.now = now;
            this.today = policy.today();
            this.origin = seed.agency().equals(node.agency());
        }

        void run() {
            long opened = at(seed.openedDaysAgo());
            c = JointCase.open(new CaseId(seed.id()), policy.core(seed.draft(), seed.agency(), true), seed.agency(),
                    seed.openedBy(), today.minusDays(seed.openedDaysAgo()), opened);
            originLine(seed.openedBy(), HistoryKind.OPENED,
                    HistorySubject.of(HistorySubject.Type.CRIME_AREA, c.core().crimeArea().name()), "", opened);
            for (DemoCases.Step s : seed.steps()) {
                play(s, at(s.daysAgo()));
            }
            cases.save(origin ? c : JointCase.received(c.copy(), null, sharedAt));
            proposals.saveAll(made.values());
            history.saveAll(lines);
            for (DemoCases.Task t : seed.tasks()) {
                if (t.agency().equals(node.agency())) {
                    CaseTask task = CaseTask.set(c.id(), policy.task(new TaskDraft(t.title(), t.owner(),
                            today.plusDays(t.dueInDays()).toString())), t.owner(), now);
                    task.moveTo(TaskStatus.valueOf(t.status()), now);
                    tasks.save(task);
                }
            }
            for (DemoCases.Link l : seed.links()) {
                if (l.agency().equals(node.agency())) {
                    CasePolicy.LinkTarget target = CasePolicy.link(l.kind(), l.reference());
                    links.save(new CaseLink(DemoCases.uuid("link:" + seed.key() + ":" + l.reference()), c.id().value(),
                            target.kind(), target.reference(), l.agency().equals("VN-CB") ? "cb.officer" : "gx.officer",
                            now, null));
                }
            }
        }

        private void play(DemoCases.Step s, long t) {
            switch (s) {
                case DemoCases.AddSeizure a -> {
                    SeizureFacts f = policy.seizure(a.seizure().draft(today), "");
                    c.addSeizure(Seizure.of(DemoCases.uuid("seizure:" + a.seizure().key()), f, a.by(), t), t);
                    changed(a.by(), HistoryKind.SEIZURE_ADDED, HistorySubject.seizure(f), CaseField.SEIZURES, t);
                }
                case DemoCases.LinkPerson l -> {
                    CasePerson p = person(l.person(), l.by(), t);
                    c.link(p, t);
                    changed(l.by(), HistoryKind.PERSON_LINKED, HistorySubject.person(p),
                            CaseField.PERSONS, t);
                }
                case DemoCases.Share sh -> {
                    c.sharedBefore(sh.agency(), sh.by(), t);
                    partner = sh.agency();
                    sharedAt = t;
                    originLine(sh.by(), HistoryKind.SHARED, HistorySubject.of(HistorySubject.Type.AGENCY, partner), "", t);
                    partnerLine(sh.by(), seed.agency(), HistoryKind.RECEIVED,
                            HistorySubject.of(HistorySubject.Type.CRIME_AREA, c.core().crimeArea().name()), "", t);
                }
                case DemoCases.ProposeSeizure p ->
                        propose(p.key(), p.by(), ProposedChange.seizure(policy.seizure(p.seizure().draft(today), "")),
                                p.note(), t);
                case DemoCases.ProposeCore p ->
                        propose(p.key(), p.by(), ProposedChange.core(c.core().changesTo(
                                policy.core(p.draft(), seed.agency(), false))), p.note(), t);
                case DemoCases.Decide d -> decide(d, t);
                case DemoCases.Edit e -> {
                    List<FieldChange> changes = c.revise(policy.core(e.draft(), seed.agency(), false), t);
                    originLine(e.by(), HistoryKind.EDITED, HistorySubject.fields(changes), "", t);
                    partnerLine(seed.agency(), seed.agency(), HistoryKind.UPDATED, HistorySubject.fields(changes), "", t);
                }
            }
        }

        private void propose(String key, String by, ProposedChange change, String note, long t) {
            made.put(key, Proposal.pending(DemoCases.uuid("proposal:" + key), c.id().value(), partner, by, t,
                    c.revision(), change.kind(), changes.write(change), policy.reason("note", note, false)));
            partnerLine(by, partner, HistoryKind.PROPOSED, HistorySubject.of(change), note, t);
            originLine(by, partner, HistoryKind.PROPOSAL_RECEIVED, HistorySubject.of(change), note, t);
        }

        private void decide(DemoCases.Decide d, long t) {
            Proposal p = made.get(d.proposalKey());
            ProposedChange change = changes.read(p.changeJson());
            p.checkDecidable(d.accept(), c.revision());
            if (d.accept()) {
                ProposalsService.apply(c, change, p, policy, t);
                p.accept(d.by(), t, c.revision());
                originLine(d.by(), seed.agency(), HistoryKind.PROPOSAL_ACCEPTED, HistorySubject.of(change), partner, t);
                partnerLine(seed.agency(), seed.agency(), HistoryKind.UPDATED, updated(change), "", t);
                partnerLine(d.by(), seed.agency(), HistoryKind.PROPOSAL_ACCEPTED, HistorySubject.of(change), "", t);
            } else {
                String reason = policy.reason("reason", d.reason(), true);
                p.reject(d.by(), t, reason);
                originLine(d.by(), seed.agency(), HistoryKind.PROPOSAL_REJECTED, HistorySubject.of(change), reason, t);
                partnerLine(d.by(), seed.agency(), HistoryKind.PROPOSAL_REJECTED, HistorySubject.of(change), reason, t);
            }
        }

        /** What the partner's "updated" line names for an accepted proposal. */
        private static HistorySubject updated(ProposedChange change) {
            return switch (change.kind()) {
                case CORE -> HistorySubject.of(change);
                case SEIZURE -> HistorySubject.of(HistorySubject.Type.FIELDS, CaseField.SEIZURES.name());
                case PERSON -> HistorySubject.of(HistorySubject.Type.FIELDS, CaseField.PERSONS.name());
            };
        }

        /** A change of the core by the originator: its line, and the partner's "updated" line once it holds a copy. */
        private void changed(String by, HistoryKind kind, HistorySubject subject, CaseField field, long t) {
            originLine(by, kind, subject, "", t);
            partnerLine(seed.agency(), seed.agency(), HistoryKind.UPDATED,
                    HistorySubject.of(HistorySubject.Type.FIELDS, field.name()), "", t);
        }

        /** The person as the holding node's record names it; the seed's names must agree with it there. */
        private CasePerson person(DemoCases.Person s, String by, long t) {
            if (s.heldBy().equals(node.agency())) {
                PersonSnapshot held = persons.person(new PersonId(s.id()), "system:cases-seed").orElseThrow(() ->
                        new IllegalStateException("demo person " + s.key() + " is not among the demo persons"));
                if (!CasesService.names(held).equals(s.names())) {
                    throw new IllegalStateException("demo person " + s.key() + " is named '" + CasesService.names(held)
                            + "' in the persons records, not '" + s.names() + "'");
                }
            }
            return new CasePerson(s.id(), s.heldBy(), PersonRole.valueOf(s.role()), s.names(), by, t);
        }

        private void originLine(String by, HistoryKind kind, HistorySubject subject, String note, long t) {
            originLine(by, seed.agency(), kind, subject, note, t);
        }

        private void originLine(String by, String agency, HistoryKind kind, HistorySubject subject, String note, long t) {
            if (origin) {
                lines.add(new CaseHistoryEntry(null, c.id().value(), t, by, agency, kind, c.revision(), subject.toString(),
                        note));
            }
        }

        /** A line of the partner's history, from the moment it holds a copy. */
        private void partnerLine(String by, String agency, HistoryKind kind, HistorySubject subject, String note, long t) {
            if (!origin && partner != null) {
                lines.add(new CaseHistoryEntry(null, c.id().value(), t, by, agency, kind, c.revision(), subject.toString(),
                        note));
            }
        }

        /** Steps of the same day keep their order: each is a minute after the one before. */
        private long at(int daysAgo) {
            return now - Duration.ofDays(daysAgo).toMillis() + Duration.ofMinutes(step++).toMillis();
        }
    }
}
