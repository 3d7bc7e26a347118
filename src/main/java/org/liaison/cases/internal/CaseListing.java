package org.liaison.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.persons.CrimeArea;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case list in three queries: the cases with their person and seizure counts, then the units of all of them,
 * then the pending proposals. Loading each case as an aggregate took four more queries per row, which made the
 * list one of the slowest pages with many officers at work.
 */
@Component
class CaseListing {

    private final NamedParameterJdbcTemplate jdbc;

    CaseListing(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Newest first; a filter left null matches everything. {@code unit} is {@code AGENCY/CODE}. */
    List<CaseSummary> list(Boolean own, String area, String status, LocalDate from, LocalDate to, String unit, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("own", own).addValue("area", area)
                .addValue("status", status).addValue("fromDay", from).addValue("toDay", to).addValue("unit", unit)
                .addValue("limit", limit);
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.query("""
                SELECT c.id, c.origin_agency, c.own, c.revision, c.crime_area, c.title_vi, c.title_zh, c.summary,
                       c.status, c.opened_on, c.updated_ms,
                       (SELECT COUNT(*) FROM case_person p WHERE p.joint_case = c.id) AS persons,
                       (SELECT COUNT(*) FROM seizure s WHERE s.joint_case = c.id) AS seizures
                FROM joint_case c
                WHERE (CAST(:own AS BOOLEAN) IS NULL OR c.own = :own)
                  AND (CAST(:area AS VARCHAR(30)) IS NULL OR c.crime_area = :area)
                  AND (CAST(:status AS VARCHAR(20)) IS NULL OR c.status = :status)
                  AND (CAST(:fromDay AS DATE) IS NULL OR c.opened_on >= :fromDay)
                  AND (CAST(:toDay AS DATE) IS NULL OR c.opened_on <= :toDay)
                  AND (CAST(:unit AS VARCHAR(70)) IS NULL OR EXISTS (SELECT 1 FROM case_unit u
                       WHERE u.joint_case = c.id AND u.agency || '/' || u.code = :unit))
                ORDER BY c.opened_ms DESC, c.id LIMIT :limit""", p, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            rows.put(id, new Row(id, rs.getString("origin_agency"), rs.getBoolean("own"), rs.getInt("revision"),
                    CrimeArea.valueOf(rs.getString("crime_area")), rs.getString("title_vi"), rs.getString("title_zh"),
                    rs.getString("summary"), CaseStatus.valueOf(rs.getString("status")),
                    rs.getObject("opened_on", LocalDate.class), rs.getLong("updated_ms"), rs.getInt("persons"),
                    rs.getInt("seizures"), new ArrayList<>()));
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.query("SELECT joint_case, agency, code FROM case_unit WHERE joint_case IN (:ids) ORDER BY joint_case_key",
                Map.of("ids", rows.keySet()),
                rs -> {
                    rows.get(rs.getObject("joint_case", UUID.class)).units()
                            .add(new CaseUnit(rs.getString("agency"), rs.getString("code")));
                });
        Map<UUID, Long> pending = new LinkedHashMap<>();
        jdbc.query("SELECT case_id, COUNT(*) AS n FROM proposal WHERE state = 'PENDING' AND case_id IN (:ids) GROUP BY case_id",
                Map.of("ids", rows.keySet()), rs -> {
                    pending.put(rs.getObject("case_id", UUID.class), rs.getLong("n"));
                });
        return rows.values().stream().map(r -> new CaseSummary(new CaseId(r.id()), r.origin(), r.own(), r.revision(),
                new CaseCore(r.area(), r.titleVi(), r.titleZh(), r.summary(), r.status(), r.units()), r.openedOn(),
                r.updatedMs(), r.persons(), r.seizures(), pending.getOrDefault(r.id(), 0L))).toList();
    }

    private record Row(UUID id, String origin, boolean own, int revision, CrimeArea area, String titleVi,
                       String titleZh, String summary, CaseStatus status, LocalDate openedOn, long updatedMs,
                       int persons, int seizures, List<CaseUnit> units) {
    }
}
