package org.liaison.screening.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface HitRecords extends ListCrudRepository<ScreeningHit, UUID> {

    /** Hits still to review on notices in force: what the alert counts. */
    @Query("SELECT COUNT(*) FROM screening_hit WHERE status = 'NEW' AND notice_active = TRUE")
    long countOpen();

    /** Newest first; a status left null matches all. */
    @Query("SELECT * FROM screening_hit WHERE (CAST(:status AS VARCHAR(12)) IS NULL OR status = :status)"
            + " ORDER BY found_ms DESC, id LIMIT :limit")
    List<ScreeningHit> list(@Param("status") String status, @Param("limit") int limit);

    List<ScreeningHit> findByNoticeIdOrderByFoundMsDesc(UUID noticeId);

    /** The notice stopped being in force; the version moves so that a review racing with it starts again. */
    @Modifying
    @Query("UPDATE screening_hit SET notice_active = FALSE, version = version + 1 WHERE notice_id = :notice AND notice_active = TRUE")
    int noticeClosed(@Param("notice") UUID notice);

    /** Hits never confirmed (new or dismissed) found before the cutoff, oldest first. */
    @Query("SELECT * FROM screening_hit WHERE status IN ('NEW', 'DISMISSED') AND found_ms < :cutoff ORDER BY found_ms, id")
    List<ScreeningHit> unconfirmedFoundBefore(@Param("cutoff") long cutoff);

    /** Hits on the person, as the own record or as the person a notice seeks. */
    @Query("SELECT * FROM screening_hit WHERE person_id = :person OR notice_person_id = :person ORDER BY found_ms, id")
    List<ScreeningHit> aboutPerson(@Param("person") UUID person);
}

interface ConfirmationRecords extends ListCrudRepository<PartnerConfirmation, UUID> {

    @Query("SELECT COUNT(*) FROM partner_confirmation WHERE noted_ms = 0")
    long countUnnoted();

    @Query("SELECT * FROM partner_confirmation WHERE noted_ms = 0 ORDER BY received_ms DESC, id LIMIT :limit")
    List<PartnerConfirmation> unnoted(@Param("limit") int limit);

    List<PartnerConfirmation> findByNoticeIdOrderByConfirmedMsDesc(UUID noticeId);
}
