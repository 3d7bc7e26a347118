package org.liaison.exchange;

import java.time.Instant;
import java.util.UUID;

/** A verified message from a partner node, as handed to the module that registered its type. */
public record IncomingMessage(UUID id, String sender, String type, int schemaVersion, Instant createdAt,
                              String correlationId, String conversationId, String payloadJson) {
}
