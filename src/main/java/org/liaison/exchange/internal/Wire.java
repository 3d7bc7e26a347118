package org.liaison.exchange.internal;

import java.util.List;
import java.util.UUID;

/** The JSON shapes that travel inside envelopes. Field names are short on purpose: they repeat per message. */
final class Wire {

    private Wire() {
    }

    /** Sealed as one envelope: per-message ids and hashes keep proof per message. */
    record Batch(String batch, String sender, String senderNode, String recipient, long ts, List<Envelope> messages) {
    }

    /** One message: header fields, the payload as JSON text, and the SHA-256 of that text. */
    record Envelope(UUID id, String sender, String recipient, String type, int v, long ts, String corr, String conv,
                    String sum, String payload, String hash) {

        Entry entry(int length) {
            return new Entry(id, sender, recipient, type, v, ts, corr, conv, sum, hash, length);
        }
    }

    /**
     * What is signed: the batch's header and, per message, its header fields, the SHA-256 of its payload and the
     * payload's length in bytes. The payloads follow the signed manifest inside the encryption, so they are
     * neither JSON-escaped nor base64-encoded twice, and the signature still covers each of them through its hash.
     */
    record Manifest(String batch, String sender, String senderNode, String recipient, long ts, List<Entry> messages) {
    }

    record Entry(UUID id, String sender, String recipient, String type, int v, long ts, String corr, String conv,
                 String sum, String hash, int len) {

        Envelope with(String payload) {
            return new Envelope(id, sender, recipient, type, v, ts, corr, conv, sum, payload, hash);
        }
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
