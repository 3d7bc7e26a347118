package org.liaison.cases.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface JointCases extends ListCrudRepository<JointCase, UUID> {
}

interface CaseTasks extends ListCrudRepository<CaseTask, UUID> {
    List<CaseTask> findByCaseIdOrderByDueOnAscCreatedMsAsc(UUID caseId);
}

interface CaseLinks extends ListCrudRepository<CaseLink, UUID> {
    List<CaseLink> findByCaseIdOrderByAddedMsAsc(UUID caseId);

    boolean existsByCaseIdAndKindAndReference(UUID caseId, LinkKind kind, String reference);
}

interface Proposals extends ListCrudRepository<Proposal, UUID> {
    List<Proposal> findByCaseIdOrderByProposedMsDesc(UUID caseId);

    List<Proposal> findByState(ProposalState state);
}

interface CaseHistory extends ListCrudRepository<CaseHistoryEntry, Long> {
    List<CaseHistoryEntry> findByCaseIdOrderByAtMsDescIdDesc(UUID caseId);
}
