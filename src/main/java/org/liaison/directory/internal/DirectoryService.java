package org.liaison.directory.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liaison.directory.Directory;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory {

    private final Agencies agencies;
    private final BorderGates gates;
    private final NodeProperties node;

    DirectoryService(Agencies agencies, BorderGates gates, NodeProperties node) {
        this.agencies = agencies;
        this.gates = gates;
        this.node = node;
    }

    @Override
    public List<GateSummary> gates() {
        return gates.findAllByOrderByCode().stream().map(DirectoryService::summary).toList();
    }

    @Override
    public Optional<GateSummary> gate(String code) {
        return gates.findByCode(code).map(DirectoryService::summary);
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

    static AgencySummary summary(Agency a) {
        return new AgencySummary(a.code(), a.country(), a.nameLocal(), a.namePartner(), a.nameEn(), a.own());
    }
}
