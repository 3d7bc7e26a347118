package org.liaison.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CaseTexts;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases in words for the search index, read straight from the tables (four queries for all cases, rather than one
 * aggregate load per case), and who may open them.
 */
@Service
@Transactional(readOnly = true)
class CaseTextsService implements CaseTexts {

    private final JdbcTemplate jdbc;

    CaseTextsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CaseText> text(CaseId id) {
        return read(id.value()).stream().findFirst();
    }

    @Override
    public List<CaseText> texts() {
        return read(null);
    }

    /** The case with this id, or all cases when it is null, with their units, seizures and persons. */
    private List<CaseText> read(UUID id) {
        Object[] args = id == null ? new Object[0] : new Object[] {id};
        String where = id == null ? "" : " WHERE joint_case = ?";
        Map<UUID, List<String>> units = new HashMap<>();
        jdbc.query("SELECT joint_case, agency, code FROM case_unit" + where + " ORDER BY joint_case_key",
                rs -> {
                    units.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new CaseUnit(rs.getString(2), rs.getString(3)).toString());
                }, args);
        Map<UUID, Set<String>> drugs = new HashMap<>();
        Map<UUID, Set<String>> places = new HashMap<>();
        jdbc.query("SELECT joint_case, drug_type, place FROM seizure" + where + " ORDER BY joint_case_key",
                rs -> {
                    UUID c = rs.getObject(1, UUID.class);
                    drugs.computeIfAbsent(c, k -> new LinkedHashSet<>()).add("cases.drug." + rs.getString(2));
                    places.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(rs.getString(3));
                }, args);
        Set<UUID> withPersons = new HashSet<>(jdbc.queryForList("SELECT DISTINCT joint_case FROM case_person" + where,
                UUID.class, args));
        return jdbc.query("SELECT id, own, title_vi, title_zh, summary, crime_area, status, opened_on, opened_ms"
                + " FROM joint_case" + (id == null ? "" : " WHERE id = ?"), (rs, n) -> {
                    UUID c = rs.getObject(1, UUID.class);
                    CrimeArea area = CrimeArea.valueOf(rs.getString(6));
                    CaseStatus status = CaseStatus.valueOf(rs.getString(7));
                    List<String> keys = new ArrayList<>(List.of("persons.crimeArea." + area, "cases.status." + status));
                    keys.addAll(drugs.getOrDefault(c, Set.of()));
                    return new CaseText(new CaseId(c), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), List.copyOf(places.getOrDefault(c, Set.of())), keys, area,
                            units.getOrDefault(c, List.of()), status, rs.getObject(8, java.time.LocalDate.class),
                            rs.getLong(9), withPersons.contains(c));
                }, args);
    }

    @Override
    public Set<CaseId> visibleTo(CurrentOfficer reader, Collection<CaseId> wanted) {
        if (!reader.has("OFFICER") && !reader.has("SUPERVISOR") && !reader.has("AUDITOR")) {
            return Set.of();
        }
        if (wanted.isEmpty()) {
            return Set.of();
        }
        String marks = wanted.stream().map(c -> "?").collect(Collectors.joining(","));
        Set<UUID> held = new HashSet<>(jdbc.queryForList("SELECT id FROM joint_case WHERE id IN (" + marks + ")",
                UUID.class, wanted.stream().map(CaseId::value).toArray()));
        return wanted.stream().filter(c -> held.contains(c.value())).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
