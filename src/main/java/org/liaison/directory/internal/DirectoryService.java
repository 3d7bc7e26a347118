package org.liaison.directory.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.liaison.directory.Directory;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as other modules read it. Agencies, units and gates come from {@link ReferenceCache} without a
 * transaction of their own: templates ask for a name per list row, after the page's transaction has ended, and
 * opening one per call cost more than the rest of the row. A cache miss reads through the repositories, each read in
 * its own read-only transaction.
 */
@Service
class DirectoryService implements Directory {

    private final Agencies agencies;
    private final Units units;
    private final CounterpartPairs pairs;
    private final BorderGates gates;
    private final Officers officers;
    private final NodeProperties node;
    private final ReferenceCache cache;

    DirectoryService(Agencies agencies, Units units, CounterpartPairs pairs, BorderGates gates, Officers officers,
                     NodeProperties node, ReferenceCache cache) {
        this.cache = cache;
        this.agencies = agencies;
        this.units = units;
        this.pairs = pairs;
        this.gates = gates;
        this.officers = officers;
        this.node = node;
    }

    @Override
    public List<GateSummary> gates() {
        return cache.get("gates", () -> gates.findAllByOrderByCode().stream().map(DirectoryService::summary).toList());
    }

    @Override
    public Optional<GateSummary> gate(String code) {
        return cache.get("gate:" + code, () -> gates.findByCode(code).map(DirectoryService::summary));
    }

    static GateSummary summary(BorderGate g) {
        return new GateSummary(g.code(), g.nameVi(), g.nameZh(), g.nameEn(), g.placeVn(), g.placeCn());
    }

    @Override
    public AgencySummary ownAgency() {
        return agency(node.agency()).orElseGet(() ->
                new AgencySummary(node.agency(), node.agency().substring(0, 2), node.agency(), node.agency(), node.agency(), true));
    }

    @Override
    public List<AgencySummary> agencies() {
        return cache.get("agencies",
                () -> agencies.findAllByOrderByOwnDescCodeAsc().stream().map(DirectoryService::summary).toList());
    }

    @Override
    public Optional<AgencySummary> agency(String code) {
        return cache.get("agency:" + code, () -> agencies.findById(code).map(DirectoryService::summary));
    }

    @Override
    public String displayName(String nameLocal, String namePartner, String nameEn, Locale locale) {
        return new AgencySummary("", "", nameLocal, namePartner, nameEn, true).name(locale, node.agency().substring(0, 2));
    }

    @Override
    public List<UnitSummary> units(String agencyCode) {
        return cache.get("units:" + agencyCode,
                () -> units.findByAgencyCodeOrderByCode(agencyCode).stream().map(DirectoryService::summary).toList());
    }

    @Override
    public Optional<UnitSummary> unit(long id) {
        return cache.get("unit:" + id, () -> units.findById(id).map(DirectoryService::summary));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UnitSummary> unit(String agencyCode, String unitCode) {
        return units.findByAgencyCodeAndCode(agencyCode, unitCode).map(DirectoryService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitSummary> counterparts(long ownUnitId) {
        return partnerUnits(pairs.findAll().stream().filter(p -> p.unitId() == ownUnitId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitSummary> counterparts() {
        return partnerUnits(pairs.findAll().stream());
    }

    private List<UnitSummary> partnerUnits(Stream<CounterpartPair> chosen) {
        return units.findAllById(chosen.map(CounterpartPair::partnerUnitId).distinct().toList()).stream()
                .map(DirectoryService::summary)
                .sorted(Comparator.comparing(UnitSummary::agencyCode).thenComparing(UnitSummary::code))
                .toList();
    }

    @Override
    public List<UnitSummary> units() {
        return cache.get("units", () -> agencies.findAllByOrderByOwnDescCodeAsc().stream()
                .flatMap(a -> units.findByAgencyCodeOrderByCode(a.code()).stream())
                .map(DirectoryService::summary)
                .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficerSummary> officers() {
        return officers.findAllByOrderByUsername().stream()
                .filter(o -> o.enabled() && o.agencyCode().equals(node.agency()))
                .map(DirectoryService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficerSummary> officers(long unitId) {
        return officers.findAllByOrderByUsername().stream()
                .filter(o -> o.enabled() && o.agencyCode().equals(node.agency()) && Objects.equals(o.unitId(), unitId))
                .map(DirectoryService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OfficerSummary> officer(String username) {
        return officers.findByUsername(username).filter(o -> o.agencyCode().equals(node.agency()))
                .map(DirectoryService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Mailbox> mailbox(String username) {
        return officers.findByUsername(username)
                .filter(o -> o.enabled() && o.agencyCode().equals(node.agency()) && o.email() != null)
                .map(o -> new Mailbox(o.email(), o.preferredLang()));
    }

    private static UnitSummary summary(Unit u) {
        return new UnitSummary(u.id(), u.agencyCode(), u.code(), u.kind(), u.nameLocal(), u.namePartner(), u.nameEn());
    }

    private static OfficerSummary summary(Officer o) {
        return new OfficerSummary(o.id(), o.username(), o.fullName(), o.unitId(), o.roleSet(), o.enabled());
    }

    static AgencySummary summary(Agency a) {
        return new AgencySummary(a.code(), a.country(), a.nameLocal(), a.namePartner(), a.nameEn(), a.own());
    }
}
