package org.liaison.handovers.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverId;
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
        long[] byDirection = new long[Direction.values().length];
        executed(from, to, partner).forEach(h -> byDirection[h.direction().ordinal()]++);
        return new Figures(byDirection[Direction.TO_VIET_NAM.ordinal()], byDirection[Direction.TO_CHINA.ordinal()]);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Executed> executed(LocalDate from, LocalDate to, String partner) {
        ZoneId zone = node.zone();
        long fromMs = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long toMs = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
        return jdbc.query("""
                SELECT id, requesting_agency FROM handover
                WHERE status IN ('EXECUTED', 'CLOSED') AND executed_ms BETWEEN ? AND ?
                  AND ((requesting_agency = ? AND holding_agency = ?) OR (requesting_agency = ? AND holding_agency = ?))
                ORDER BY executed_ms, id""",
                (rs, i) -> new Executed(new HandoverId(rs.getObject("id", UUID.class)),
                        Direction.to(rs.getString("requesting_agency"))),
                fromMs, toMs, node.agency(), partner, partner, node.agency());
    }
}
