package org.liaison.persons;

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
}
