package org.liaison.persons.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;

/**
 * A wanted notice as its page shows it: what it says, about whom, where it stands and where copies went.
 *
 * @param receivedMessage the exchange message it arrived in, for a partner's notice
 * @param photoWithheld   a partner's notice whose photo the issuer did not send (too large to share)
 */
public record NoticeDossier(WantedNoticeId id, String originAgency, boolean own, NoticeTerms terms,
                            WantedNoticeStatus status, String statusReason, Instant issued, String issuedBy,
                            Instant closed, String closedBy, Instant received, Optional<UUID> receivedMessage,
                            boolean hasPhoto, boolean photoWithheld, PersonDossier person, List<ShareLine> shares, int version) {

    public record ShareLine(String agency, UUID messageId, String sharedBy, Instant shared) {
    }
}
