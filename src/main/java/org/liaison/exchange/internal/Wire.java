package org.liaison.exchange.internal;

import java.util.List;
import java.util.UUID;

/** The JSON shapes that travel inside envelopes. Field names are short on purpose: they repeat per message. */
final class Wire {

    private Wire() {
    }

    /** Signed and encrypted as one envelope: per-message ids and hashes keep proof per message. */
    record Batch(String batch, String sender, String senderNode, String recipient, long ts, List<Envelope> messages) {
    }

    /** One message: header fields, the payload as JSON text, and the SHA-256 of that text. */
    record Envelope(UUID id, String sender, String recipient, String type, int v, long ts, String corr, String conv,
                    String sum, String payload, String hash) {
    }

    /** Signed by the receiver: what it did with each message of a batch. */
    record Receipt(String batch, String receiver, String sender, long ts, List<Result> results) {
    }

    /** {@code status}: applied, duplicate (applied before), rejected (with a reason). */
    record Result(UUID id, String hash, String status, String reason) {
    }

    /** The body of a refused envelope. */
    record Refusal(String error, String message) {
    }
}
