package org.liaison.handovers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.persons.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The handover list reads only the columns a row shows, in one query: loading each handover as an aggregate (with
 * its stages, custody and confirmations) made the list one of the slowest pages with many officers at work.
 */
@Component
class HandoverListing {

    /** A row before the person's names are added. */
    record Row(HandoverId id, PersonId person, Direction direction, HandoverStatus status, String requestingAgency,
               String holdingAgency, String gateCode, Instant date, boolean executed) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    HandoverListing(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Newest first; a filter left null matches everything. The period applies to the day of the handover once it
     * was executed, else to the day it was requested. {@code requestingPrefix} is {@code VN-%} or {@code CN-%}.
     */
    List<Row> list(String status, String requestingPrefix, String gate, long fromMs, long toMs, int limit) {
        List<Row> rows = new ArrayList<>();
        jdbc.query("""
                SELECT id, person_id, requesting_agency, holding_agency, status, proposed_gate_code, requested_ms, executed_ms
                FROM handover
                WHERE (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)
                  AND (CAST(:requestingPrefix AS VARCHAR(20)) IS NULL OR requesting_agency LIKE :requestingPrefix)
                  AND (CAST(:gate AS VARCHAR(40)) IS NULL OR proposed_gate_code = :gate)
                  AND (CASE WHEN executed_ms > 0 THEN executed_ms ELSE requested_ms END) BETWEEN :fromMs AND :toMs
                ORDER BY updated_ms DESC, id LIMIT :limit""",
                new MapSqlParameterSource().addValue("status", status).addValue("requestingPrefix", requestingPrefix)
                        .addValue("gate", gate).addValue("fromMs", fromMs).addValue("toMs", toMs).addValue("limit", limit),
                rs -> {
                    long executed = rs.getLong("executed_ms");
                    String requesting = rs.getString("requesting_agency");
                    rows.add(new Row(new HandoverId(rs.getObject("id", UUID.class)),
                            new PersonId(rs.getObject("person_id", UUID.class)), Direction.to(requesting),
                            HandoverStatus.valueOf(rs.getString("status")), requesting, rs.getString("holding_agency"),
                            rs.getString("proposed_gate_code"),
                            Instant.ofEpochMilli(executed > 0 ? executed : rs.getLong("requested_ms")), executed > 0));
                });
        return rows;
    }
}
