package org.liaison.screening.internal;

import java.util.Set;
import org.liaison.matching.Evidence;

/**
 * One line of a match explanation, as pages show it: rendered through the message key
 * {@code matching.evidence.<kind>} with the two name parts and the detail as arguments.
 *
 * @param left  the part as written on the wanted notice (or the screened subject)
 * @param right the part as written in the node's record
 */
public record EvidenceLine(String kind, String left, String right, String detail) {

    private static final Set<String> AGAINST = Set.of(Evidence.Kind.DIFFERENT.name(), Evidence.Kind.NO_COUNTERPART.name(),
            Evidence.Kind.DIACRITICS_DIFFER.name(), Evidence.Kind.BIRTH_DATE_DIFFERS.name(),
            Evidence.Kind.SEX_DIFFERS.name(), Evidence.Kind.NATIONALITY_DIFFERS.name());

    public static EvidenceLine of(Evidence e) {
        return new EvidenceLine(e.kind().name(), e.left(), e.right(), e.detail());
    }

    /** True for a line that speaks against the match (pages mark it). */
    public boolean against() {
        return AGAINST.contains(kind);
    }
}
