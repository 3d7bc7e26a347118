package org.liaison.statistics.internal;

import org.liaison.exchange.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the reconciliation's two message types with the exchange; the work is {@link Reconciliation}'s. The
 * exchange collects its handlers while it is being built, and the reconciliation reaches the exchange again through
 * the cooperation module: {@code @Lazy} breaks that circle.
 */
@Configuration(proxyBeanMethods = false)
class ReconciliationHandlers {

    @Bean
    MessageHandler figuresHandler(@Lazy Reconciliation reconciliation, JsonMapper json) {
        return MessageHandler.json(Reconciliation.FIGURES, Reconciliation.FiguresMessage.class, json,
                reconciliation::receive);
    }

    @Bean
    MessageHandler periodAgreedHandler(@Lazy Reconciliation reconciliation, JsonMapper json) {
        return MessageHandler.json(Reconciliation.AGREED, Reconciliation.AgreedMessage.class, json,
                reconciliation::receive);
    }
}
