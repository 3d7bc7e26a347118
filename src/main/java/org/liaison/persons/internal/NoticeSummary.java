package org.liaison.persons.internal;

import java.time.Instant;
import java.util.List;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;

/** One line of a wanted-notice list. */
public record NoticeSummary(WantedNoticeId id, PersonId person, List<PersonName> personNames, String originAgency, boolean own,
                            CrimeArea crimeArea, HandlingCode handlingCode, WantedNoticeStatus status,
                            String warrantReference, Instant issued) {
}
