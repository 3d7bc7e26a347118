package org.liaison.engagements;

import java.time.LocalDate;
import java.util.List;

/**
 * Read access to the engagement records for other modules (the cooperation statistics). A record falls in a
 * period when its date does: the first day of talks, a visit or a course, the signing day of an agreement; both
 * ends of the period count. Records of every status count: the partner's confirmation is about the record's
 * wording, not about whether the event took place.
 */
public interface Engagements {

    /**
     * @param partner the partner agency (e.g. {@code CN-GX}): only records between the own agency and it count;
     *                null counts records with every partner
     */
    EngagementCounts counts(LocalDate from, LocalDate to, String partner);

    /** The records a count is made of, oldest first; {@code kind} null means every kind. */
    List<EngagementRef> records(EngagementKind kind, LocalDate from, LocalDate to, String partner);
}
