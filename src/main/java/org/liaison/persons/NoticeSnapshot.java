package org.liaison.persons;

import java.time.Instant;
import java.util.List;

/**
 * A wanted notice as other modules see it: what it is about and where it stands, not its full terms.
 *
 * @param originAgency the issuing agency
 * @param own          true for a notice the own agency issued
 * @param sharedWith   the partner agencies this node sent a copy to (own notices only)
 */
public record NoticeSnapshot(WantedNoticeId id, PersonId person, String originAgency, boolean own,
                             WantedNoticeStatus status, CrimeArea crimeArea, HandlingCode handlingCode,
                             String warrantReference, Instant issued, List<String> sharedWith) {

    public NoticeSnapshot {
        sharedWith = List.copyOf(sharedWith);
    }

    public boolean active() {
        return status == WantedNoticeStatus.ACTIVE;
    }
}
