package org.liaison.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface JointCases extends ListCrudRepository<JointCase, UUID> {

    /**
     * Newest first; a filter left null matches everything. {@code unit} is {@code AGENCY/CODE}; the period is the
     * day the case was opened.
     */
    @Query("SELECT * FROM joint_case c WHERE (CAST(:own AS BOOLEAN) IS NULL OR c.own = :own)"
            + " AND (CAST(:area AS VARCHAR(30)) IS NULL OR c.crime_area = :area)"
            + " AND (CAST(:status AS VARCHAR(20)) IS NULL OR c.status = :status)"
            + " AND (CAST(:fromDay AS DATE) IS NULL OR c.opened_on >= :fromDay)"
            + " AND (CAST(:toDay AS DATE) IS NULL OR c.opened_on <= :toDay)"
            + " AND (CAST(:unit AS VARCHAR(70)) IS NULL OR EXISTS (SELECT 1 FROM case_unit u"
            + "      WHERE u.joint_case = c.id AND u.agency || '/' || u.code = :unit))"
            + " ORDER BY c.opened_ms DESC, c.id LIMIT :limit")
    List<JointCase> list(@Param("own") Boolean own, @Param("area") String area, @Param("status") String status,
                         @Param("fromDay") LocalDate from, @Param("toDay") LocalDate to, @Param("unit") String unit,
                         @Param("limit") int limit);
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
