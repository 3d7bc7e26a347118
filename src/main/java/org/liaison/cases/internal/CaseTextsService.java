package org.liaison.cases.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseTexts;
import org.liaison.shared.CurrentOfficer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases in words for the search index, and who may open them. */
@Service
@Transactional(readOnly = true)
class CaseTextsService implements CaseTexts {

    private final JointCases cases;

    CaseTextsService(JointCases cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseText> text(CaseId id) {
        return cases.findById(id.value()).map(CaseTextsService::text);
    }

    private static CaseText text(JointCase c) {
        CaseCore core = c.core();
        List<String> keys = Stream.concat(
                Stream.of("persons.crimeArea." + core.crimeArea(), "cases.status." + core.status()),
                c.seizures().stream().map(s -> "cases.drug." + s.drugType()).distinct()).toList();
        List<String> places = c.seizures().stream().map(Seizure::place).distinct().toList();
        return new CaseText(c.id(), c.own(), core.titleVi(), core.titleZh(), core.summary(), places, keys,
                core.crimeArea(), core.units().stream().map(CaseUnit::toString).toList(), core.status(), c.openedOn(),
                c.openedMs(), !c.persons().isEmpty());
    }

    @Override
    public List<CaseId> all() {
        return cases.findAllIds().stream().map(CaseId::new).toList();
    }

    @Override
    public Set<CaseId> visibleTo(CurrentOfficer reader, Collection<CaseId> wanted) {
        if (!reader.has("OFFICER") && !reader.has("SUPERVISOR") && !reader.has("AUDITOR")) {
            return Set.of();
        }
        Set<CaseId> held = cases.findAllById(wanted.stream().map(CaseId::value).toList()).stream()
                .map(JointCase::id).collect(Collectors.toSet());
        return wanted.stream().filter(held::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
