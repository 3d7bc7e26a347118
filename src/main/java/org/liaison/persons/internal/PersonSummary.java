package org.liaison.persons.internal;

import java.time.Instant;
import org.liaison.persons.PersonId;

/** One line of the persons list. */
public record PersonSummary(PersonId id, String originAgency, boolean own, Particulars particulars, Instant updated) {
}
