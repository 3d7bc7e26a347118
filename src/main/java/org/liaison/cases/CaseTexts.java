package org.liaison.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;

/**
 * Joint cases in words, for the node's full-text search, and the one rule of who may open a case, for any module
 * that shows cases it did not load from the cases pages.
 */
public interface CaseTexts {

    /**
     * What a search index keeps of a case this node holds; empty when it holds none. Not an audited read: nothing
     * of it is shown before {@link #visibleTo} allowed the case, and the search audits what it shows.
     */
    Optional<CaseText> text(CaseId id);

    /** Every case this node holds, own and received, in words, to index them all at once. */
    List<CaseText> texts();

    /**
     * Those of {@code cases} the reader may open, by the rule of the case pages: officers, supervisors and auditors
     * of this node see every case it holds, administrators none. Ids the node does not hold are left out.
     */
    Set<CaseId> visibleTo(CurrentOfficer reader, Collection<CaseId> cases);

    /**
     * @param words        seizure places and other words to find it by
     * @param termKeys     message keys of its crime area, status and seized drugs, to find it by their names in any
     *                     language
     * @param units        participating units, {@code AGENCY/CODE}
     * @param linksPersons whether persons are linked to it (showing it is then a read of person data)
     */
    record CaseText(CaseId id, boolean own, String titleVi, String titleZh, String summary, List<String> words,
                    List<String> termKeys, CrimeArea crimeArea, List<String> units, CaseStatus status,
                    LocalDate openedOn, long openedMs, boolean linksPersons) {
    }
}
