package org.liaison.screening.internal;

import java.util.List;
import java.util.UUID;
import org.liaison.persons.BirthDate;
import org.liaison.persons.PersonName;
import org.liaison.persons.Sex;

/** The payload this module sends to partner nodes (schema version 1). */
final class Wire {

    /** An officer confirmed that a person in the sender's records is the one the recipient's notice seeks. */
    static final String HIT_CONFIRMED = "screening.hit-confirmed";

    private Wire() {
    }

    /**
     * @param hit         the sender's hit id
     * @param notice      the recipient's wanted notice
     * @param officer     the confirming officer's user name on the sender's node
     * @param officerName their full name, so that the notice's owner knows whom to call
     * @param score       the match score, 0 to 1
     * @param withheld    true when the sender's rules keep its record's particulars back: {@code person} is then
     *                    null and {@code evidence} empty
     * @param evidence    the explanation, the notice's name part on the left
     */
    record HitConfirmed(UUID hit, UUID notice, String officer, String officerName, long confirmedMs, String note,
                        double score, boolean withheld, Person person, List<EvidenceLine> evidence) {
    }

    /** What the match was made on: names, sex, birth date, nationality (ISO 3166 alpha-3). */
    record Person(List<PersonName> names, Sex sex, BirthDate birthDate, String nationality) {
    }
}
