package org.liaison.exchange;

import java.util.Set;

/**
 * Registers a payload type: a Spring bean implementing this receives each message of the type exactly once,
 * inside the transaction that records it in the inbox. Throwing {@link RejectedMessageException} rejects the
 * message (nothing stored, the sender is told why); any other exception makes the whole batch retry later.
 */
public interface MessageHandler {

    String type();

    default Set<Integer> schemaVersions() {
        return Set.of(1);
    }

    void apply(IncomingMessage message);
}
