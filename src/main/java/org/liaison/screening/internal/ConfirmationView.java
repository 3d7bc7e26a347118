package org.liaison.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.persons.BirthDate;
import org.liaison.persons.PersonName;
import org.liaison.persons.Sex;
import org.liaison.persons.WantedNoticeId;

/**
 * A partner's confirmation of a hit on an own notice, as pages show it.
 *
 * @param withheld true when the partner kept its record's particulars back (names, explanation and facts are empty)
 * @param evidence left is the notice's name part, right the partner's record's
 * @param noted    null until an officer here has read it
 */
public record ConfirmationView(UUID id, WantedNoticeId notice, String agency, String officer, String officerName,
                               Instant confirmed, String note, double score, boolean withheld, List<PersonName> names,
                               Sex sex, BirthDate birthDate, String nationality, List<EvidenceLine> evidence,
                               Instant received, UUID messageId, String notedBy, Instant noted) {

    public ConfirmationView {
        names = List.copyOf(names);
        evidence = List.copyOf(evidence);
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
