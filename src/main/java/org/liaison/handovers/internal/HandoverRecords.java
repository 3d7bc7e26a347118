package org.liaison.handovers.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface HandoverRecords extends ListCrudRepository<Handover, UUID> {

    /**
     * Newest first; a filter left null matches everything. The period applies to the day of the handover once it
     * was executed, else to the day it was requested. {@code requestingPrefix} is {@code VN-%} or {@code CN-%}.
     */
    @Query("SELECT * FROM handover WHERE (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)"
            + " AND (CAST(:requestingPrefix AS VARCHAR(20)) IS NULL OR requesting_agency LIKE :requestingPrefix)"
            + " AND (CAST(:gate AS VARCHAR(40)) IS NULL OR proposed_gate_code = :gate)"
            + " AND (CASE WHEN executed_ms > 0 THEN executed_ms ELSE requested_ms END) BETWEEN :fromMs AND :toMs"
            + " ORDER BY updated_ms DESC, id LIMIT :limit")
    List<Handover> list(@Param("status") String status, @Param("requestingPrefix") String requestingPrefix,
                        @Param("gate") String gate, @Param("fromMs") long fromMs, @Param("toMs") long toMs,
                        @Param("limit") int limit);

    List<Handover> findByNoticeId(UUID noticeId);
}
