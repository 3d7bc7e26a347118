package org.liaison.persons;

import java.util.List;
import java.util.Optional;

/**
 * Read access to person records for other modules (e.g. screening). Each read is written to the audit log
 * with the reader's name, like a read by an officer.
 */
public interface Persons {

    /**
     * @param reader who reads, for the audit log: a user name, or {@code system:<module>} for a machine read
     */
    Optional<PersonSnapshot> person(PersonId id, String reader);

    /**
     * Records, own and received, whose names or document numbers contain {@code query} (ignoring case and
     * diacritics), newest first, at most a list's length; all of them when the query is blank. Each record found is
     * an audited read by {@code reader}, as in {@link #person}.
     */
    List<PersonSnapshot> find(String query, String reader);
}
