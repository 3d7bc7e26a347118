package org.liaison.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaison.persons.CrimeArea;

/**
 * The figures of joint cases, for the cooperation statistics. Own cases and copies received from partners both
 * count, so both sides of a partnership reach the same figures for their shared cases. No personal data.
 */
public interface Cases {

    /**
     * Cases opened from {@code from} to {@code to} (both days included, the day the originating node opened it), by
     * crime area; areas without a case are absent.
     *
     * @param partner an agency code: only cases shared with that partner or received from it; null for all cases
     */
    Map<CrimeArea, Long> countByCrimeArea(LocalDate from, LocalDate to, String partner);

    /**
     * Seizures made from {@code from} to {@code to} (both days included) in the cases counted like
     * {@link #countByCrimeArea}, totalled by drug type and unit, in {@link DrugType} order.
     */
    List<SeizureTotal> seizures(LocalDate from, LocalDate to, String partner);

    /** The cases {@link #countByCrimeArea} counts, oldest first, so that a figure can name what it is made of. */
    List<CaseRecord> records(LocalDate from, LocalDate to, String partner);

    /**
     * The seizures {@link #seizures} adds up, each by its case and by the unit of the total it goes into (grams into
     * kilograms).
     */
    List<Seized> seized(LocalDate from, LocalDate to, String partner);

    record CaseRecord(CaseId id, CrimeArea crimeArea, String titleVi, String titleZh) {
    }

    record Seized(CaseId caseId, DrugType drugType, QuantityUnit unit) {
    }

    /** A case this node holds, by id, named for a link from another record (a handover); no personal data. */
    Optional<CaseHeading> heading(CaseId id);

    record CaseHeading(CaseId id, String titleVi, String titleZh, CaseStatus status) {
    }
}
