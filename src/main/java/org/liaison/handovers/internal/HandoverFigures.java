package org.liaison.handovers.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.liaison.handovers.Direction;
import org.liaison.handovers.Handovers;
import org.liaison.shared.NodeProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Handovers}: counts executed handovers by direction (numbers only, no person data, so not audited). */
@Service
class HandoverFigures implements Handovers {

    private final JdbcTemplate jdbc;
    private final NodeProperties node;

    HandoverFigures(JdbcTemplate jdbc, NodeProperties node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    @Override
    @Transactional(readOnly = true)
    public Figures count(LocalDate from, LocalDate to, String partner) {
        ZoneId zone = node.zone();
        long fromMs = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long toMs = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        long[] byDirection = new long[Direction.values().length];
        jdbc.query("""
                SELECT requesting_agency, COUNT(*) AS n FROM handover
                WHERE status IN ('EXECUTED', 'CLOSED') AND executed_ms BETWEEN ? AND ?
                  AND ((requesting_agency = ? AND holding_agency = ?) OR (requesting_agency = ? AND holding_agency = ?))
                GROUP BY requesting_agency""",
                rs -> {
                    byDirection[Direction.to(rs.getString("requesting_agency")).ordinal()] += rs.getLong("n");
                }, fromMs, toMs, node.agency(), partner, partner, node.agency());
        return new Figures(byDirection[Direction.TO_VIET_NAM.ordinal()], byDirection[Direction.TO_CHINA.ordinal()]);
    }
}
