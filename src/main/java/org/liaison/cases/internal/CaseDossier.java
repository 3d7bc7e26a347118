package org.liaison.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.SeizureTotal;

/**
 * A case as its page and the API show it: the shared core, persons, seizures with their totals, who holds a copy,
 * this side's links and tasks, the proposals, and this node's history (newest first).
 *
 * @param agencies the agencies taking part: the originator, the partners holding a copy, the units' agencies
 */
public record CaseDossier(CaseId id, String originAgency, boolean own, int revision, CaseCore core, LocalDate openedOn,
                          String openedBy, long openedMs, long updatedMs, long receivedMs,
                          Optional<UUID> receivedMessage, List<String> agencies, List<PersonLine> persons,
                          List<Seizure> seizures, List<SeizureTotal> totals, List<CaseShare> shares,
                          List<CaseLink> links, List<TaskLine> tasks, List<ProposalLine> proposals,
                          List<CaseHistoryEntry> history) {

    /** @param onThisNode whether this node holds the person record (its page can be opened) */
    public record PersonLine(UUID personId, String heldBy, PersonRole role, String names, boolean onThisNode) {
    }

    public record TaskLine(UUID id, String title, String owner, String ownerName, LocalDate dueOn, TaskStatus status,
                           boolean overdue) {
    }

    /** @param outOfDate a pending proposal made on an earlier revision than the case has now */
    public record ProposalLine(UUID id, String proposingAgency, String proposedBy, long proposedMs, int baseRevision,
                               ProposedChange change, String note, ProposalState state, String decidedBy,
                               long decidedMs, String reason, int appliedRevision, boolean outOfDate) {

        public boolean pending() {
            return state == ProposalState.PENDING;
        }
    }

    public boolean closed() {
        return core.status() == CaseStatus.CLOSED;
    }
}
