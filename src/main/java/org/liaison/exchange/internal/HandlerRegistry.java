package org.liaison.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaison.exchange.MessageHandler;
import org.springframework.stereotype.Component;

/** The payload types this node accepts: one {@link MessageHandler} bean per type. */
@Component
class HandlerRegistry {

    private final Map<String, MessageHandler> byType;

    HandlerRegistry(List<MessageHandler> handlers) {
        this.byType = handlers.stream().collect(Collectors.toUnmodifiableMap(MessageHandler::type, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("two handlers for message type " + a.type());
                }));
    }

    Optional<MessageHandler> handler(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    Set<String> types() {
        return new TreeSet<>(byType.keySet());
    }
}
