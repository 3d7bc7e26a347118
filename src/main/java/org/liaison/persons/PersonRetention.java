package org.liaison.persons;

import java.time.Instant;
import java.util.List;
import org.liaison.shared.CurrentOfficer;

/**
 * What the retention rules need from the persons module: the own records that age (none of the partners' copies:
 * they follow their issuer), and the two ways a record ends early, expiry of a person and withdrawal of a notice.
 * The lists carry ids and dates only, so they are no reads of personal data.
 */
public interface PersonRetention {

    /** An own person record with no wanted notice, last changed at {@code lastChanged}. */
    record PersonAge(PersonId person, Instant lastChanged) {
    }

    /** An own wanted notice in force. */
    record NoticeAge(WantedNoticeId notice, PersonId person, Instant issued, String warrantReference,
                     List<String> sharedWith) {
    }

    /** Own person records without any wanted notice, unchanged since before {@code cutoff}, oldest first. */
    List<PersonAge> ownPersonsUnchangedBefore(Instant cutoff);

    /** Own wanted notices in force issued before {@code cutoff}, oldest first. */
    List<NoticeAge> ownActiveNoticesIssuedBefore(Instant cutoff);

    /** Every record, in any module, that still uses the person. */
    List<PersonUses.PersonUse> uses(PersonId person);

    /**
     * Removes the own person's names, birth date, sex, nationality and documents, leaving a tombstone (id, record
     * type, time of expiry), and writes an audit line with the reason. Refused, with nothing changed, when the
     * record is a partner's, is used by any record ({@link #uses}), or when the reason repeats one of the person's
     * names (the audit line must not keep what expiry removes).
     *
     * @throws RetentionRefused with the reason, in message-key form
     */
    void expire(PersonId person, String reason, CurrentOfficer by, String remoteAddr);

    /**
     * Withdraws the own notice in force with the reason; every partner holding a copy is told, as when an officer
     * withdraws it from the notice's page.
     *
     * @throws RetentionRefused with the reason, in message-key form
     */
    void withdraw(WantedNoticeId notice, String reason, CurrentOfficer by, String remoteAddr);
}
