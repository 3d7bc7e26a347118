package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface EngagementRecords extends ListCrudRepository<Engagement, UUID> {

    /** Newest first; a filter left null matches everything. */
    @Query("SELECT * FROM engagement WHERE (CAST(:kind AS VARCHAR(20)) IS NULL OR kind = :kind)"
            + " AND (CAST(:status AS VARCHAR(30)) IS NULL OR status = :status)"
            + " AND (CAST(:own AS BOOLEAN) IS NULL OR own = :own)"
            + " AND dated BETWEEN :from AND :to ORDER BY dated DESC, id LIMIT :limit")
    List<Engagement> list(@Param("kind") String kind, @Param("status") String status, @Param("own") Boolean own,
                          @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("limit") int limit);

    /** Oldest first: the records of a period with one partner (or with all when {@code partner} is null). */
    @Query("SELECT * FROM engagement WHERE (CAST(:kind AS VARCHAR(20)) IS NULL OR kind = :kind)"
            + " AND dated BETWEEN :from AND :to"
            + " AND (CAST(:partner AS VARCHAR(20)) IS NULL OR recording_agency = :partner OR partner_agency = :partner)"
            + " ORDER BY dated, id")
    List<Engagement> inPeriod(@Param("kind") String kind, @Param("from") LocalDate from, @Param("to") LocalDate to,
                              @Param("partner") String partner);

    /** Records of a kind between two agencies (either one recording), dated before a day. */
    @Query("SELECT * FROM engagement WHERE kind = :kind AND dated < :before"
            + " AND ((recording_agency = :a AND partner_agency = :b) OR (recording_agency = :b AND partner_agency = :a))"
            + " ORDER BY dated, id")
    List<Engagement> between(@Param("kind") String kind, @Param("a") String a, @Param("b") String b,
                             @Param("before") LocalDate before);

    List<Engagement> findByKind(EngagementKind kind);
}

interface ActionItemProgressRecords extends ListCrudRepository<ActionItemProgress, UUID> {

    List<ActionItemProgress> findByTalksId(UUID talksId);

    List<ActionItemProgress> findByTalksIdIn(Collection<UUID> talksIds);
}
