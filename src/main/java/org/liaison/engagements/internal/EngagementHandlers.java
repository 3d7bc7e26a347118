package org.liaison.engagements.internal;

import java.util.function.BiConsumer;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.liaison.exchange.RejectedMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's message types with the exchange; {@link EngagementReception} does the work. */
@Configuration(proxyBeanMethods = false)
class EngagementHandlers {

    @Bean
    MessageHandler recordSharedHandler(EngagementReception reception, JsonMapper json) {
        return new Handler<>(Wire.RECORD_SHARED, Wire.Shared.class, json, reception::shared);
    }

    @Bean
    MessageHandler recordConfirmedHandler(EngagementReception reception, JsonMapper json) {
        return new Handler<>(Wire.RECORD_CONFIRMED, Wire.Confirmed.class, json, reception::confirmed);
    }

    @Bean
    MessageHandler correctionProposedHandler(EngagementReception reception, JsonMapper json) {
        return new Handler<>(Wire.CORRECTION_PROPOSED, Wire.CorrectionProposed.class, json, reception::correctionProposed);
    }

    @Bean
    MessageHandler correctionDecidedHandler(EngagementReception reception, JsonMapper json) {
        return new Handler<>(Wire.CORRECTION_DECIDED, Wire.CorrectionDecided.class, json, reception::correctionDecided);
    }

    @Bean
    MessageHandler actionItemUpdatedHandler(EngagementReception reception, JsonMapper json) {
        return new Handler<>(Wire.ACTION_ITEM_UPDATED, Wire.ActionItemUpdated.class, json, reception::actionItemUpdated);
    }

    /** One message type: its payload read as a record of the wire format and handed on. */
    private record Handler<T>(String type, Class<T> payload, JsonMapper json, BiConsumer<IncomingMessage, T> receiver)
            implements MessageHandler {

        @Override
        public void apply(IncomingMessage message) {
            T read;
            try {
                read = json.readValue(message.payloadJson(), payload);
            } catch (JacksonException e) {
                throw new RejectedMessageException("not a " + type + " payload: "
                        + e.getOriginalMessage());
            }
            receiver.accept(message, read);
        }
    }
}
