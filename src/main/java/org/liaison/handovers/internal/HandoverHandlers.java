package org.liaison.handovers.internal;

import org.liaison.exchange.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's three message types with the exchange; the work is {@link HandoverReception}'s. */
@Configuration(proxyBeanMethods = false)
class HandoverHandlers {

    @Bean
    MessageHandler handoverRequestedHandler(HandoverReception reception, JsonMapper json) {
        return MessageHandler.json(Wire.REQUESTED, Wire.Request.class, json, reception::requested);
    }

    @Bean
    MessageHandler handoverStageHandler(HandoverReception reception, JsonMapper json) {
        return MessageHandler.json(Wire.STAGE, Wire.StageRecorded.class, json, reception::stage);
    }

    @Bean
    MessageHandler handoverConfirmedHandler(HandoverReception reception, JsonMapper json) {
        return MessageHandler.json(Wire.CONFIRMED, Wire.Confirmed.class, json, reception::confirmed);
    }
}
