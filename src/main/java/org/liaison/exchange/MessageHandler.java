package org.liaison.exchange;

import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

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

    /**
     * A handler whose payload is JSON read as {@code payload} and handed to {@code receive}. A payload that is not
     * that JSON can never apply, so it is rejected rather than retried.
     */
    static <T> MessageHandler json(String type, Class<T> payload, JsonMapper json, BiConsumer<IncomingMessage, T> receive) {
        return new MessageHandler() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public void apply(IncomingMessage message) {
                T read;
                try {
                    read = json.readValue(message.payloadJson(), payload);
                } catch (JacksonException e) {
                    throw new RejectedMessageException(type + " payload is not readable: " + e.getOriginalMessage());
                }
                receive.accept(message, read);
            }
        };
    }
}
