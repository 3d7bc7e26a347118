package org.liaison.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Component;

/**
 * Applies what partner nodes send about cases, inside the exchange's inbox transaction: copies of their cases,
 * proposals for this node's cases, decisions on this node's proposals. Everything is checked before anything is
 * written; a message that can never apply is rejected whole and its sender told why.
 */
@Component
class CaseReception {

    private final JointCases cases;
    private final Proposals proposals;
    private final CasePolicy policy;
    private final CaseJournal journal;
    private final ChangeJson changes;
    private final NodeProperties node;

    CaseReception(JointCases cases, Proposals proposals, CasePolicy policy, CaseJournal journal, ChangeJson changes,
                  NodeProperties node) {
        this.cases = cases;
        this.proposals = proposals;
        this.policy = policy;
        this.journal = journal;
        this.changes = changes;
        this.node = node;
    }

    /** A partner's case, first shared or at a newer revision; an older revision than the one held changes nothing. */
    void receiveCopy(IncomingMessage m, CaseCopy copy) {
        List<String> problems = policy.problemsOf(copy);
        if (!problems.isEmpty()) {
            throw new RejectedMessageException("case " + copy.id() + " cannot be stored: " + String.join("; ", problems));
        }
        if (!m.sender().equals(copy.originAgency())) {
            throw new RejectedMessageException("case " + copy.id() + " was opened by " + copy.originAgency()
                    + ", not by the sender " + m.sender() + "; cases are not passed on");
        }
        Optional<JointCase> held = cases.findById(copy.id());
        if (held.isPresent() && (held.get().own() || !held.get().originAgency().equals(m.sender()))) {
            throw new RejectedMessageException("case id " + copy.id() + " belongs to a case of " + held.get().originAgency());
        }
        long now = System.currentTimeMillis();
        if (held.isEmpty()) {
            JointCase c = cases.save(JointCase.received(copy, m.id(), now));
            journal.recordPartner(copy.id(), c.revision(), m.sender(), copy.openedBy(), HistoryKind.RECEIVED,
                    HistorySubject.of(HistorySubject.Type.CRIME_AREA, copy.crimeArea().name()), "", now, m.id());
            return;
        }
        JointCase c = held.get();
        if (copy.revision() <= c.revision()) {
            return;
        }
        Set<CaseField> changed = c.refreshFromOrigin(copy, now);
        cases.save(c);
        journal.recordPartner(copy.id(), c.revision(), m.sender(), m.sender(), HistoryKind.UPDATED,
                HistorySubject.of(HistorySubject.Type.FIELDS,
                        changed.stream().map(Enum::name).collect(Collectors.joining(","))), "", now, m.id());
    }

    /** A partner holding a copy of an own case proposes a change; it waits for an officer's decision. */
    void receiveProposal(IncomingMessage m, Wire.Proposed w) {
        if (w.id() == null || w.caseId() == null || w.change() == null || w.change().kind() == null) {
            throw new RejectedMessageException("a proposal needs an id, a case and a change");
        }
        JointCase c = cases.findById(w.caseId()).filter(JointCase::own)
                .orElseThrow(() -> new RejectedMessageException("no case " + w.caseId() + " of " + node.agency() + " is held here"));
        if (c.sharedWith(m.sender()).isEmpty()) {
            throw new RejectedMessageException("case " + w.caseId() + " is not shared with " + m.sender());
        }
        if (proposals.existsById(w.id())) {
            throw new RejectedMessageException("proposal " + w.id() + " was received before");
        }
        List<String> problems = problemsOf(c, w.change());
        if (w.note() != null && w.note().length() > CasePolicy.MAX_REASON) {
            problems.add("the note is longer than " + CasePolicy.MAX_REASON + " characters");
        }
        if (!problems.isEmpty()) {
            throw new RejectedMessageException("proposal " + w.id() + " cannot be stored: " + String.join("; ", problems));
        }
        long now = System.currentTimeMillis();
        proposals.save(Proposal.pending(w.id(), w.caseId(), m.sender(), w.proposedBy(), w.proposedMs(), w.baseRevision(),
                w.change().kind(), changes.write(w.change()), w.note()));
        journal.recordPartner(w.caseId(), c.revision(), m.sender(), w.proposedBy(), HistoryKind.PROPOSAL_RECEIVED,
                HistorySubject.of(w.change()), w.note() == null ? "" : w.note(), now, m.id());
    }

    private List<String> problemsOf(JointCase c, ProposedChange change) {
        List<String> problems = new ArrayList<>();
        switch (change.kind()) {
            case CORE -> {
                if (change.fields().isEmpty()
                        || change.fields().stream().anyMatch(f -> f.field() == null || f.to() == null
                        || !CaseCore.FIELDS.contains(f.field()))) {
                    problems.add("a change of the core names fields of the core, each with a new value");
                } else {
                    try {
                        problems.addAll(policy.problemsOf(c.core().with(change.fields()), c.originAgency()));
                    } catch (IllegalArgumentException | NullPointerException e) {
                        problems.add("a proposed value is not a valid choice: " + e.getMessage());
                    }
                }
            }
            case SEIZURE -> {
                if (change.seizure() == null) {
                    problems.add("a proposed seizure is missing");
                } else {
                    problems.addAll(policy.problemsOf(change.seizure()));
                }
            }
            case PERSON -> {
                if (change.person() == null) {
                    problems.add("a proposed person is missing");
                } else {
                    problems.addAll(policy.problemsOf(change.person()));
                }
            }
        }
        return problems;
    }

    /** The originating partner decided one of this node's proposals. */
    void receiveDecision(IncomingMessage m, Wire.Decided w) {
        if (w.proposalId() == null || w.state() == null || w.state() == ProposalState.PENDING) {
            throw new RejectedMessageException("a decision names a proposal and ACCEPTED or REJECTED");
        }
        Proposal p = proposals.findById(w.proposalId()).filter(x -> x.proposingAgency().equals(node.agency()))
                .orElseThrow(() -> new RejectedMessageException("no proposal " + w.proposalId() + " of "
                        + node.agency() + " is held here"));
        JointCase c = cases.findById(p.caseId()).orElseThrow();
        if (!c.originAgency().equals(m.sender())) {
            throw new RejectedMessageException("proposal " + w.proposalId() + " was made to " + c.originAgency()
                    + ", not to " + m.sender());
        }
        boolean changed;
        try {
            changed = p.decidedByOrigin(w);
        } catch (CasesChangeRefused e) {
            throw new RejectedMessageException("proposal " + w.proposalId() + " was already decided otherwise here");
        }
        if (changed) {
            proposals.save(p);
            journal.recordPartner(c.id().value(), c.revision(), m.sender(), w.decidedBy(),
                    w.state() == ProposalState.ACCEPTED ? HistoryKind.PROPOSAL_ACCEPTED : HistoryKind.PROPOSAL_REJECTED,
                    HistorySubject.of(changes.read(p.changeJson())), p.decisionReason(), System.currentTimeMillis(), m.id());
        }
    }
}
