package org.liaison.persons;

import java.util.List;
import java.util.Optional;
import org.liaison.shared.CurrentOfficer;

/**
 * Wanted notices for other modules (e.g. handovers): read them, each read audited with the reader's name, and
 * record the own agency's notice as executed when the person was arrested or handed over.
 */
public interface WantedNotices {

    /** @param reader who reads, for the audit log: a user name, or {@code system:<module>} */
    Optional<WantedNoticeSnapshot> notice(WantedNoticeId id, String reader);

    /** The own agency's notices in force, newest first: what a handover request can be based on. */
    List<WantedNoticeSnapshot> ownActive(String reader);

    /**
     * Records the own agency's active notice as executed; every partner holding a copy is told through the
     * exchange (its copy follows), in the caller's transaction. A partner's copy, or a notice no longer active,
     * is left as it is: only the issuer ends a notice, and only once.
     *
     * @param note where and how it was executed, shown on the notice
     * @return true when this call changed the notice
     */
    boolean recordExecuted(WantedNoticeId id, String note, CurrentOfficer by);
}
