package org.liaison.exchange;

import java.time.Instant;
import java.util.List;

/** Pairing: this node's card, the partners' cards, their queues. */
public interface Peers {

    PeerCard ownCard();

    String ownCardJson();

    /**
     * Imports (or replaces) a partner's card.
     *
     * @throws InvalidPeerCardException with a reason a user can act on
     */
    PeerSummary importCard(String cardJson, String importedBy);

    List<PeerSummary> list();

    /** New key pairs for this node; the old ones keep verifying for the grace period. Partners re-import the card. */
    PeerCard rotateKeys(String by);

    record PeerSummary(String agency, String nodeId, String baseUrl, List<String> fingerprints, Instant imported,
                       Instant lastContact, String lastError, long queueDepth, long awaitingRelease, long failed) {
    }

    class InvalidPeerCardException extends RuntimeException {
        private final String code;

        public InvalidPeerCardException(String code, String message) {
            super(message);
            this.code = code;
        }

        /** A message key suffix: the UI shows {@code exchange.card.error.<code>}. */
        public String code() {
            return code;
        }
    }
}
