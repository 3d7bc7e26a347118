package org.liaison.exchange;

import java.util.Objects;
import java.util.UUID;

/**
 * A payload for a partner agency.
 *
 * @param recipient      the partner agency's code
 * @param type           the payload type, e.g. {@code intel.report}; the partner must have a handler for it
 * @param schemaVersion  the payload's schema version
 * @param payload        any object Jackson can write as JSON
 * @param summary        a short, non-sensitive line for message lists (no personal data)
 * @param correlationId  links replies to what they answer; the message's own id when it starts a thread
 * @param conversationId messages of one conversation are applied in the order they were sent
 */
public record OutgoingMessage(String recipient, String type, int schemaVersion, Object payload, String summary,
                              String correlationId, String conversationId) {

    public OutgoingMessage {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        summary = summary == null ? "" : summary;
        correlationId = correlationId == null ? "" : correlationId;
        conversationId = conversationId == null ? "" : conversationId;
    }

    public static OutgoingMessage of(String recipient, String type, Object payload, String summary) {
        return new OutgoingMessage(recipient, type, 1, payload, summary, null, UUID.randomUUID().toString());
    }
}
