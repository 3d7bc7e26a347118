package org.liaison.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;

/**
 * A hit as pages and the API show it.
 *
 * @param noticeName the wanted person's name that matched, as written on the notice
 * @param personName the own record's name that matched
 * @param reviewed   null while the hit waits for review
 */
public record HitView(UUID id, WantedNoticeId notice, PersonId noticePerson, String noticeAgency, boolean noticeActive,
                      PersonId person, double score, String noticeName, String personName, List<EvidenceLine> evidence,
                      HitStatus status, Instant found, String foundBy, String reviewedBy, String reviewerName,
                      Instant reviewed, String reviewNote, UUID confirmationMessage) {

    public HitView {
        evidence = List.copyOf(evidence);
    }

    /** The score as a whole percentage, as officers read it. */
    public int percent() {
        return (int) Math.round(score * 100);
    }

    public boolean open() {
        return status == HitStatus.NEW;
    }
}
