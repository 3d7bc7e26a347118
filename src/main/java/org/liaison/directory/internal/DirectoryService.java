package org.liaison.directory.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.directory.Directory;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory {

    private final Agencies agencies;
    private final Units units;
    private final Officers officers;
    private final NodeProperties node;

    DirectoryService(Agencies agencies, Units units, Officers officers, NodeProperties node) {
        this.agencies = agencies;
        this.units = units;
        this.officers = officers;
        this.node = node;
    }

    @Override
    public AgencySummary ownAgency() {
        return agency(node.agency()).orElseGet(() ->
                new AgencySummary(node.agency(), node.agency().substring(0, 2), node.agency(), node.agency(), node.agency(), true));
    }

    @Override
    public List<AgencySummary> agencies() {
        return agencies.findAllByOrderByOwnDescCodeAsc().stream().map(DirectoryService::summary).toList();
    }

    @Override
    public Optional<AgencySummary> agency(String code) {
        return agencies.findById(code).map(DirectoryService::summary);
    }

    @Override
    public String displayName(String nameLocal, String namePartner, String nameEn, Locale locale) {
        return new AgencySummary("", "", nameLocal, namePartner, nameEn, true).name(locale, node.agency().substring(0, 2));
    }

    @Override
    public List<UnitSummary> units() {
        return agencies.findAllByOrderByOwnDescCodeAsc().stream()
                .flatMap(a -> units.findByAgencyCodeOrderByCode(a.code()).stream())
                .map(u -> new UnitSummary(u.agencyCode(), u.code(), u.nameLocal(), u.namePartner(), u.nameEn()))
                .toList();
    }

    @Override
    public List<OfficerSummary> officers() {
        Map<Long, Unit> byId = units.findAll().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        return officers.findAllByOrderByUsername().stream()
                .filter(o -> o.agencyCode().equals(node.agency()) && o.enabled())
                .map(o -> new OfficerSummary(o.username(), o.fullName(),
                        o.unitId() == null || !byId.containsKey(o.unitId()) ? null : byId.get(o.unitId()).code(),
                        o.roleSet().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet())))
                .toList();
    }

    static AgencySummary summary(Agency a) {
        return new AgencySummary(a.code(), a.country(), a.nameLocal(), a.namePartner(), a.nameEn(), a.own());
    }
}
