package org.liaison.exchange.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed receipts partners returned, checked again when someone looks: the stored JWS must still verify with
 * the partner's keys on file and must confirm this very message (id and payload hash) as applied.
 */
@Component
class Receipts {

    /** What a second look at a message's receipt shows. */
    enum Check {
        /** The partner's signature verifies and the receipt confirms this message. */
        VERIFIED,
        /** The signature does not verify with the partner's keys on file (e.g. keys rotated out since). */
        SIGNATURE_INVALID,
        /** Signed correctly, but the receipt does not confirm this message with this content. */
        NOT_CONFIRMED,
        /** No receipt is stored, or the partner's card is gone. */
        MISSING
    }

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;
    private final PeerRegistry peers;

    Receipts(JdbcTemplate jdbc, EnvelopeCodec codec, PeerRegistry peers) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.peers = peers;
    }

    Check check(String batchId, String partner, UUID messageId, String payloadHash) {
        if (batchId == null || batchId.isEmpty()) {
            return Check.MISSING;
        }
        List<String> jws = jdbc.queryForList("SELECT jws FROM receipt WHERE batch_id = ? AND peer_agency = ?",
                String.class, batchId, partner);
        var keys = peers.keys(partner);
        if (jws.isEmpty() || keys.isEmpty()) {
            return Check.MISSING;
        }
        var receipt = codec.verifyReceipt(jws.get(0), keys.get().signing());
        if (receipt.isEmpty()) {
            return Check.SIGNATURE_INVALID;
        }
        boolean confirms = batchId.equals(receipt.get().batch()) && partner.equals(receipt.get().receiver())
                && receipt.get().results() != null
                && receipt.get().results().stream().anyMatch(r -> messageId.equals(r.id()) && payloadHash.equals(r.hash())
                && ("applied".equals(r.status()) || "duplicate".equals(r.status())));
        return confirms ? Check.VERIFIED : Check.NOT_CONFIRMED;
    }
}
