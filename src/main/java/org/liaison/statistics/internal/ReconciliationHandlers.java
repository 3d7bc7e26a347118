package org.liaison.statistics.internal;

import org.liaison.exchange.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the reconciliation's two message types with the exchange; the work is {@link Reconciliation}'s. */
@Configuration(proxyBeanMethods = false)
class ReconciliationHandlers {

    @Bean
    MessageHandler figuresHandler(Reconciliation reconciliation, JsonMapper json) {
        return MessageHandler.json(Reconciliation.FIGURES, Reconciliation.FiguresMessage.class, json,
                reconciliation::receive);
    }

    @Bean
    MessageHandler periodAgreedHandler(Reconciliation reconciliation, JsonMapper json) {
        return MessageHandler.json(Reconciliation.AGREED, Reconciliation.AgreedMessage.class, json,
                reconciliation::receive);
    }
}
