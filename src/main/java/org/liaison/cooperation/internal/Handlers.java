package org.liaison.cooperation.internal;

import java.util.function.BiConsumer;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's four message types with the exchange; the work is {@link Reception}'s. */
@Configuration(proxyBeanMethods = false)
class Handlers {

    @Bean
    MessageHandler reportHandler(Reception reception, JsonMapper json) {
        return handler(Wire.REPORT, Wire.Report.class, reception::report, json);
    }

    @Bean
    MessageHandler requestHandler(Reception reception, JsonMapper json) {
        return handler(Wire.REQUEST, Wire.Request.class, reception::request, json);
    }

    @Bean
    MessageHandler entryHandler(Reception reception, JsonMapper json) {
        return handler(Wire.ENTRY, Wire.Entry.class, reception::entry, json);
    }

    @Bean
    MessageHandler partHandler(Reception reception, JsonMapper json) {
        return handler(Wire.PART, Wire.Part.class, reception::part, json);
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
