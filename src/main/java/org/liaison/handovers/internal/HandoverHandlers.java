package org.liaison.handovers.internal;

import java.util.function.BiConsumer;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's three message types with the exchange; the work is {@link HandoverReception}'s. */
@Configuration(proxyBeanMethods = false)
class HandoverHandlers {

    @Bean
    MessageHandler handoverRequestedHandler(HandoverReception reception, JsonMapper json) {
        return handler(Wire.REQUESTED, Wire.Request.class, reception::requested, json);
    }

    @Bean
    MessageHandler handoverStageHandler(HandoverReception reception, JsonMapper json) {
        return handler(Wire.STAGE, Wire.StageRecorded.class, reception::stage, json);
    }

    @Bean
    MessageHandler handoverConfirmedHandler(HandoverReception reception, JsonMapper json) {
        return handler(Wire.CONFIRMED, Wire.Confirmed.class, reception::confirmed, json);
    }

    private static <T> MessageHandler handler(String type, Class<T> payload, BiConsumer<IncomingMessage, T> apply,
                                              JsonMapper json) {
        return new MessageHandler() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public void apply(IncomingMessage message) {
                apply.accept(message, json.readValue(message.payloadJson(), payload));
            }
        };
    }
}
