package org.liaison.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.directory.Role;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the directory for its pages and API. The tables are small (dozens of rows), so lists load whole. */
@Service
@Transactional(readOnly = true)
class DirectoryListingService implements DirectoryListings {

    private final Agencies agencies;
    private final Units units;
    private final Officers officers;
    private final CounterpartPairs pairs;
    private final BorderGates gates;
    private final DirectoryService names;
    private final NodeProperties node;

    DirectoryListingService(Agencies agencies, Units units, Officers officers, CounterpartPairs pairs,
                            BorderGates gates, DirectoryService names, NodeProperties node) {
        this.agencies = agencies;
        this.units = units;
        this.officers = officers;
        this.pairs = pairs;
        this.gates = gates;
        this.names = names;
        this.node = node;
    }

    @Override
    public List<AgencyView> agencies(Locale reader) {
        return agencies.findAllByOrderByOwnDescCodeAsc().stream().map(a -> view(a, reader)).toList();
    }

    @Override
    public Optional<AgencyView> agency(String code, Locale reader) {
        return code == null ? Optional.empty() : agencies.findById(code).map(a -> view(a, reader));
    }

    @Override
    public List<AgencyUnits> unitsByAgency(Locale reader) {
        Map<Long, Unit> all = byId(units.findAll());
        return agencies(reader).stream()
                .map(a -> new AgencyUnits(a, treeOrder(units.findByAgencyCodeOrderByCode(a.code())).stream()
                        .map(u -> view(u, all, reader)).toList()))
                .toList();
    }

    @Override
    public List<UnitView> units(String agencyCode, Locale reader) {
        Map<Long, Unit> all = byId(units.findAll());
        return treeOrder(units.findByAgencyCodeOrderByCode(agencyCode)).stream().map(u -> view(u, all, reader)).toList();
    }

    @Override
    public Optional<UnitView> unit(long id, Locale reader) {
        return units.findById(id).map(u -> view(u, byId(units.findAll()), reader));
    }

    @Override
    public List<OfficerView> officers(Locale reader) {
        Map<Long, Unit> all = byId(units.findAll());
        return officers.findAllByOrderByUsername().stream()
                .filter(o -> o.agencyCode().equals(node.agency()))
                .map(o -> view(o, all, reader))
                .toList();
    }

    @Override
    public Optional<OfficerView> officer(long id, Locale reader) {
        return officers.findById(id)
                .filter(o -> o.agencyCode().equals(node.agency()))
                .map(o -> view(o, byId(units.findAll()), reader));
    }

    @Override
    public List<PairView> pairs(Locale reader) {
        Map<Long, Unit> all = byId(units.findAll());
        Map<String, Agency> agencyByCode = agencies.findAll().stream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
        return pairs.findAll().stream()
                .map(p -> view(p, all, agencyByCode, reader))
                .sorted(Comparator.comparing((PairView p) -> p.unit().code()).thenComparing(p -> p.partnerUnit().code()))
                .toList();
    }

    @Override
    public Optional<PairView> pair(long id, Locale reader) {
        Map<String, Agency> agencyByCode = agencies.findAll().stream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
        return pairs.findById(id).map(p -> view(p, byId(units.findAll()), agencyByCode, reader));
    }

    @Override
    public List<GateView> gates(Locale reader) {
        return gates.findAllByOrderByCode().stream().map(g -> view(g, reader)).toList();
    }

    @Override
    public Optional<GateView> gate(long id, Locale reader) {
        return gates.findById(id).map(g -> view(g, reader));
    }

    private AgencyView view(Agency a, Locale reader) {
        return new AgencyView(a.code(), a.country(), names.displayName(a.nameLocal(), a.namePartner(), a.nameEn(), reader),
                a.nameLocal(), a.namePartner(), a.nameEn(), a.own(), a.version());
    }

    private UnitView view(Unit u, Map<Long, Unit> all, Locale reader) {
        Unit parent = u.parentId() == null ? null : all.get(u.parentId());
        return new UnitView(u.id(), u.agencyCode(), u.code(), u.kind(), u.parentId(),
                parent == null ? null : parent.code(), parent == null ? null : name(parent, reader),
                name(u, reader), u.nameLocal(), u.namePartner(), u.nameEn(), u.version());
    }

    private OfficerView view(Officer o, Map<Long, Unit> all, Locale reader) {
        Unit unit = o.unitId() == null ? null : all.get(o.unitId());
        List<Role> roles = o.roleSet().stream().sorted().toList();
        return new OfficerView(o.id(), o.username(), o.fullName(), o.rankTitle(), o.agencyCode(), o.unitId(),
                unit == null ? null : unit.code(), unit == null ? null : name(unit, reader), roles, o.preferredLang(),
                o.email(), o.enabled(), o.version());
    }

    private PairView view(CounterpartPair p, Map<Long, Unit> all, Map<String, Agency> agencyByCode, Locale reader) {
        Unit here = all.get(p.unitId());
        Unit there = all.get(p.partnerUnitId());
        Agency partner = agencyByCode.get(there.agencyCode());
        return new PairView(p.id(), view(here, all, reader), view(there, all, reader),
                partner == null ? there.agencyCode() : view(partner, reader).name(), p.note(), p.version());
    }

    private static GateView view(BorderGate g, Locale reader) {
        String name = switch (reader.getLanguage()) {
            case "vi" -> g.nameVi();
            case "zh" -> g.nameZh();
            default -> g.nameEn();
        };
        return new GateView(g.id(), g.code(), name, g.nameVi(), g.nameZh(), g.nameEn(), g.placeVn(), g.placeCn(),
                g.version());
    }

    private String name(Unit u, Locale reader) {
        return names.displayName(u.nameLocal(), u.namePartner(), u.nameEn(), reader);
    }

    private static Map<Long, Unit> byId(List<Unit> list) {
        Map<Long, Unit> map = new HashMap<>();
        list.forEach(u -> map.put(u.id(), u));
        return map;
    }

    /** Parents before their children, siblings by code: the department, then its BLO, divisions, districts. */
    static List<Unit> treeOrder(List<Unit> byCode) {
        Map<Long, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        Map<Long, Unit> inList = byId(byCode);
        for (Unit u : byCode) {
            if (u.parentId() == null || !inList.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<Unit> out = new ArrayList<>(byCode.size());
        roots.forEach(r -> addWithChildren(r, children, out));
        // A loop in the data (which updates refuse) would leave units unvisited: show them anyway.
        byCode.stream().filter(u -> !out.contains(u)).forEach(out::add);
        return out;
    }

    private static void addWithChildren(Unit u, Map<Long, List<Unit>> children, List<Unit> out) {
        if (out.contains(u)) {
            return;
        }
        out.add(u);
        children.getOrDefault(u.id(), List.of()).forEach(c -> addWithChildren(c, children, out));
    }
}
