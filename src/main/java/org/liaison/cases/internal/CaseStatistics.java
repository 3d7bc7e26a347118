package org.liaison.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import java.util.Objects;
import org.liaison.cases.Cases;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;
import org.liaison.cases.SeizureTotal;
import org.liaison.persons.CrimeArea;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Case and seizure figures straight from the tables; they hold no personal data, so reading them is not audited. */
@Service
@Transactional(readOnly = true)
class CaseStatistics implements Cases {

    /** Cases shared with the partner, or received from it. */
    private static final String WITH_PARTNER = " AND (c.origin_agency = ?"
            + " OR EXISTS (SELECT 1 FROM case_share s WHERE s.joint_case = c.id AND s.agency = ?))";

    private final JdbcTemplate jdbc;

    CaseStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CaseHeading> heading(CaseId id) {
        return jdbc.query("SELECT title_vi, title_zh, status FROM joint_case WHERE id = ?",
                (rs, n) -> new CaseHeading(id, rs.getString(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3))),
                id.value()).stream().findFirst();
    }

    @Override
    public Map<CrimeArea, Long> countByCrimeArea(LocalDate from, LocalDate to, String partner) {
        List<Object> args = period(from, to, partner);
        Map<CrimeArea, Long> counts = new EnumMap<>(CrimeArea.class);
        jdbc.query("SELECT c.crime_area, COUNT(*) AS n FROM joint_case c WHERE c.opened_on >= ? AND c.opened_on <= ?"
                        + (partner == null ? "" : WITH_PARTNER) + " GROUP BY c.crime_area",
                rs -> {
                    counts.put(CrimeArea.valueOf(rs.getString(1)), rs.getLong(2));
                }, args.toArray());
        return counts;
    }

    @Override
    public List<SeizureTotal> seizures(LocalDate from, LocalDate to, String partner) {
        List<Object> args = period(from, to, partner);
        List<SeizureTotals.Line> lines = jdbc.query("SELECT z.drug_type, z.quantity, z.quantity_unit FROM seizure z"
                        + " JOIN joint_case c ON c.id = z.joint_case WHERE z.seized_on >= ? AND z.seized_on <= ?"
                        + (partner == null ? "" : WITH_PARTNER),
                (rs, i) -> new SeizureTotals.Line(DrugType.valueOf(rs.getString(1)), rs.getBigDecimal(2),
                        QuantityUnit.valueOf(rs.getString(3))), args.toArray());
        return SeizureTotals.of(lines);
    }

    @Override
    public List<CaseRecord> records(LocalDate from, LocalDate to, String partner) {
        return jdbc.query("SELECT c.id, c.crime_area, c.title_vi, c.title_zh FROM joint_case c"
                        + " WHERE c.opened_on >= ? AND c.opened_on <= ?" + (partner == null ? "" : WITH_PARTNER)
                        + " ORDER BY c.opened_on, c.id",
                (rs, i) -> new CaseRecord(new CaseId(rs.getObject(1, UUID.class)), CrimeArea.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)), period(from, to, partner).toArray());
    }

    @Override
    public List<Seized> seized(LocalDate from, LocalDate to, String partner) {
        return jdbc.query("SELECT c.id, z.drug_type, z.quantity_unit FROM seizure z"
                        + " JOIN joint_case c ON c.id = z.joint_case WHERE z.seized_on >= ? AND z.seized_on <= ?"
                        + (partner == null ? "" : WITH_PARTNER) + " ORDER BY z.seized_on, c.id",
                (rs, i) -> new Seized(new CaseId(rs.getObject(1, UUID.class)), DrugType.valueOf(rs.getString(2)),
                        SeizureTotals.totalUnit(QuantityUnit.valueOf(rs.getString(3)))), period(from, to, partner).toArray());
    }

    private static List<Object> period(LocalDate from, LocalDate to, String partner) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        List<Object> args = new ArrayList<>(List.of(from, to));
        if (partner != null) {
            args.add(partner);
            args.add(partner);
        }
        return args;
    }
}
