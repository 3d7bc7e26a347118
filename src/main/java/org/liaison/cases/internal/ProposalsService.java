package org.liaison.cases.internal;

import java.util.List;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.liaison.shared.NodeProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's side of a shared case proposes changes to its core; the originating agency accepts them (the
 * change is applied, and the new revision goes to every partner holding a copy) or rejects them with a reason. The
 * proposing partner is told either way. Each step is refused whole, with nothing written or sent, when it is not
 * allowed: proposing on an own or closed case, deciding on a partner's case, deciding twice, accepting a proposal
 * made on an earlier revision than the case has now.
 */
@Service
public class ProposalsService {

    private final CasesService cases;
    private final Proposals proposals;
    private final CasePolicy policy;
    private final CaseJournal journal;
    private final CaseMessages messages;
    private final ChangeJson changes;
    private final NodeProperties node;

    ProposalsService(CasesService cases, Proposals proposals, CasePolicy policy, CaseJournal journal,
                     CaseMessages messages, ChangeJson changes, NodeProperties node) {
        this.cases = cases;
        this.proposals = proposals;
        this.policy = policy;
        this.journal = journal;
        this.messages = messages;
        this.changes = changes;
        this.node = node;
    }

    /**
     * Proposes new values for the core fields, computed against the copy's revision the form was opened on.
     *
     * @param formRevision the revision the officer saw; refused when the copy moved on since
     */
    @Transactional
    public UUID proposeCore(Actor actor, CaseId id, int formRevision, CaseDraft draft, String note) {
        JointCase c = cases.find(id);
        c.checkProposable();
        if (c.revision() != formRevision) {
            throw CasesChangeRefused.conflict("cases.error.stale", String.valueOf(formRevision),
                    String.valueOf(c.revision()));
        }
        CaseCore to = policy.core(draft, c.originAgency(), false);
        List<FieldChange> changes = c.core().changesTo(to);
        if (changes.isEmpty()) {
            throw CasesChangeRefused.conflict("cases.error.nothingChanged");
        }
        return propose(actor, c, ProposedChange.core(changes), note);
    }

    /** @param fieldPrefix put before the seizure's field names in problems, e.g. {@code seizure.}; empty for a form */
    @Transactional
    public UUID proposeSeizure(Actor actor, CaseId id, SeizureDraft draft, String note, String fieldPrefix) {
        JointCase c = cases.find(id);
        c.checkProposable();
        return propose(actor, c, ProposedChange.seizure(policy.seizure(draft, fieldPrefix)), note);
    }

    @Transactional
    public UUID proposePerson(Actor actor, CaseId id, String personId, String role, String note) {
        JointCase c = cases.find(id);
        c.checkProposable();
        CasePerson person = cases.person(actor, personId, role, "");
        if (c.linked(person.personId()).isPresent()) {
            throw CasesChangeRefused.conflict("cases.error.personAlreadyLinked", person.names());
        }
        UUID proposal = propose(actor, c, ProposedChange.person(person), note);
        journal.auditPerson(actor, "PROPOSE", person.personId(), "proposed for case " + id + " as " + person.role());
        return proposal;
    }

    private UUID propose(Actor actor, JointCase c, ProposedChange change, String note) {
        String why = policy.reason("note", note, false);
        long now = System.currentTimeMillis();
        Proposal p = proposals.save(Proposal.pending(UUID.randomUUID(), c.id().value(), node.agency(), actor.username(),
                now, c.revision(), change.kind(), changes.write(change), why));
        messages.propose(c, p, change, actor.officer());
        journal.record(c, actor, HistoryKind.PROPOSED, HistorySubject.of(change), why, now);
        return p.id();
    }

    /**
     * The originating agency's decision on a partner's proposal. Accepting applies the change as a new revision;
     * rejecting needs a reason, which the partner sees.
     */
    @Transactional
    public void decide(Actor actor, CaseId id, UUID proposalId, boolean accept, String reason) {
        JointCase c = cases.find(id);
        Proposal p = proposals.findById(proposalId).filter(x -> x.caseId().equals(id.value()))
                .orElseThrow(CasesChangeRefused::notFound);
        if (!c.own()) {
            throw CasesChangeRefused.conflict("cases.error.decideForeign", c.originAgency());
        }
        p.checkDecidable(accept, c.revision());
        if (!accept && (reason == null || reason.isBlank())) {
            throw CasesChangeRefused.invalid("reason", "cases.validation.reasonRequired");
        }
        long now = System.currentTimeMillis();
        ProposedChange change = changes.read(p.changeJson());
        if (accept) {
            apply(c, change, p, policy, now);
            p.accept(actor.username(), now, c.revision());
            save(p);
            cases.changed(c, actor, HistoryKind.PROPOSAL_ACCEPTED, HistorySubject.of(change), p.proposingAgency(), now);
        } else {
            String why = policy.reason("reason", reason, true);
            p.reject(actor.username(), now, why);
            save(p);
            journal.record(c, actor, HistoryKind.PROPOSAL_REJECTED, HistorySubject.of(change), why, now);
        }
        messages.decided(c, p, actor.officer());
    }

    /** Puts an accepted proposal's change into the case, as a new revision. */
    static void apply(JointCase c, ProposedChange change, Proposal p, CasePolicy policy, long now) {
        switch (change.kind()) {
            case CORE -> {
                CaseCore to = c.core().with(change.fields());
                // the directory may have changed since the partner proposed: check as an edit would
                policy.core(draft(to), c.originAgency(), false);
                c.revise(to, now);
            }
            case SEIZURE -> c.addSeizure(Seizure.of(UUID.randomUUID(), change.seizure(),
                    p.proposedBy() + " (" + p.proposingAgency() + ")", now), now);
            case PERSON -> c.link(change.person(), now);
        }
    }

    static CaseDraft draft(CaseCore core) {
        return new CaseDraft(core.crimeArea().name(), core.titleVi(), core.titleZh(), core.summary(),
                core.status().name(), core.units().stream().map(CaseUnit::toString).toList());
    }

    private void save(Proposal p) {
        try {
            proposals.save(p);
        } catch (OptimisticLockingFailureException e) {
            // another officer decided it at the same moment
            throw CasesChangeRefused.conflict("cases.error.concurrent");
        }
    }
}
