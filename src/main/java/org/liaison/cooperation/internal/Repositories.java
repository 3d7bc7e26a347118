package org.liaison.cooperation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface Reports extends ListCrudRepository<InformationReport, UUID> {

    /** Newest first; {@code own} null lists sent and received. */
    @Query("SELECT * FROM information_report WHERE (CAST(:own AS BOOLEAN) IS NULL OR own = :own)"
            + " ORDER BY sent_ms DESC, id LIMIT :limit")
    List<InformationReport> list(@Param("own") Boolean own, @Param("limit") int limit);
}

interface Requests extends ListCrudRepository<CooperationRequest, UUID> {

    @Query("SELECT * FROM cooperation_request WHERE (CAST(:own AS BOOLEAN) IS NULL OR own = :own)"
            + " ORDER BY sent_ms DESC, id LIMIT :limit")
    List<CooperationRequest> list(@Param("own") Boolean own, @Param("limit") int limit);

    /** Requests still expected (not answered, not declined), soonest deadline first. */
    @Query("SELECT * FROM cooperation_request WHERE status NOT IN ('ANSWERED', 'DECLINED') ORDER BY deadline_ms, id")
    List<CooperationRequest> pending();
}

interface ThreadEntries extends ListCrudRepository<ThreadEntry, UUID> {

    List<ThreadEntry> findByThreadOrderByAtMsAscIdAsc(UUID thread);
}
