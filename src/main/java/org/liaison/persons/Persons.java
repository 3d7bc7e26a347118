package org.liaison.persons;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read access to person records and wanted notices for other modules (e.g. screening). Each read is written to the
 * audit log with the reader's name, like a read by an officer.
 *
 * <p>{@code reader} is who reads, for the audit log: a user name, or {@code system:<module>} for a machine read.
 */
public interface Persons {

    Optional<PersonSnapshot> person(PersonId id, String reader);

    /**
     * The names of several persons for a list that names one on each row, read at once; persons not held here are
     * left out. Each person found is an audited read by {@code reader}, as with {@link #person}.
     */
    Map<PersonId, List<PersonName>> names(Collection<PersonId> ids, String reader);

    /**
     * Hands every person record, own and received, to {@code sink}, a page at a time (memory stays flat however many
     * there are). The whole pass is one audit line, {@code "<purpose> <n> persons"} by {@code reader}, rather than a
     * line per record: it is a machine's bulk read (e.g. rebuilding the name index), not an officer looking.
     *
     * @return how many records were handed over
     */
    long everyPerson(String reader, String purpose, Consumer<PersonSnapshot> sink);

    /** How many person records the node holds, own and received (a count, not a read of any record). */
    long personCount();

    Optional<NoticeSnapshot> notice(WantedNoticeId id, String reader);

    /** The notices about a person, own and received, newest first; each is an audited read. */
    List<NoticeSnapshot> noticesAbout(PersonId person, String reader);

    /**
     * Records, own and received, whose names or document numbers contain {@code query} (ignoring case and
     * diacritics), newest first, at most {@code limit}; each record found is an audited read.
     */
    List<PersonSnapshot> search(String query, String reader, int limit);

    /** The wanted notice's person, issuer and status when this node holds it (own or received); not audited. */
    Optional<NoticeFacts> notice(WantedNoticeId id);

    /**
     * Records, own and received, whose names or document numbers contain {@code query} (ignoring case and
     * diacritics), newest first, at most a list's length; all of them when the query is blank. Each record found is
     * an audited read by {@code reader}, as in {@link #person}.
     */
    List<PersonSnapshot> find(String query, String reader);

    record NoticeFacts(WantedNoticeId id, PersonId person, String originAgency, WantedNoticeStatus status) {
    }
}
