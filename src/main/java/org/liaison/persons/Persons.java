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
     * diacritics), newest first, at most {@code limit}; each record found is an audited read.
     */
    List<PersonSnapshot> search(String query, String reader, int limit);

    /** The wanted notice's person, issuer and status when this node holds it (own or received); not audited. */
    Optional<NoticeFacts> notice(WantedNoticeId id);

    record NoticeFacts(WantedNoticeId id, PersonId person, String originAgency, WantedNoticeStatus status) {
    }
}
