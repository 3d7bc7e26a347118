package org.liaison.cooperation.internal;

import org.liaison.exchange.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's four message types with the exchange; the work is {@link Reception}'s. */
@Configuration(proxyBeanMethods = false)
class Handlers {

    @Bean
    MessageHandler reportHandler(Reception reception, JsonMapper json) {
        return MessageHandler.json(Wire.REPORT, Wire.Report.class, json, reception::report);
    }

    @Bean
    MessageHandler requestHandler(Reception reception, JsonMapper json) {
        return MessageHandler.json(Wire.REQUEST, Wire.Request.class, json, reception::request);
    }

    @Bean
    MessageHandler entryHandler(Reception reception, JsonMapper json) {
        return MessageHandler.json(Wire.ENTRY, Wire.Entry.class, json, reception::entry);
    }

    @Bean
    MessageHandler partHandler(Reception reception, JsonMapper json) {
        return MessageHandler.json(Wire.PART, Wire.Part.class, json, reception::part);
    }
}
