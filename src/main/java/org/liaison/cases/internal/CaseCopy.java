package org.liaison.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.cases.CaseStatus;
import org.liaison.persons.CrimeArea;

/**
 * A case as the originating node sends it to partners ({@code cases.case-shared}, {@code cases.case-updated}):
 * everything they see alike. Tasks and links stay with each side.
 *
 * @param sharedWith the partner agencies holding a copy
 */
record CaseCopy(UUID id, String originAgency, int revision, CrimeArea crimeArea, String titleVi, String titleZh,
                String summary, CaseStatus status, LocalDate openedOn, String openedBy, long openedMs,
                List<CaseUnit> units, List<CasePerson> persons, List<Seizure> seizures, List<String> sharedWith) {

    CaseCopy {
        units = units == null ? List.of() : List.copyOf(units);
        persons = persons == null ? List.of() : List.copyOf(persons);
        seizures = seizures == null ? List.of() : List.copyOf(seizures);
        sharedWith = sharedWith == null ? List.of() : List.copyOf(sharedWith);
    }

    CaseCore core() {
        return new CaseCore(crimeArea, titleVi, titleZh, summary, status, units);
    }
}
