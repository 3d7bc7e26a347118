package org.liaison.cases.internal;

import java.util.function.BiConsumer;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.liaison.exchange.RejectedMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's four message types with the exchange; the work is {@link CaseReception}'s. */
@Configuration(proxyBeanMethods = false)
class CaseHandlers {

    @Bean
    MessageHandler caseSharedHandler(CaseReception reception, JsonMapper json) {
        return handler(Wire.CASE_SHARED, CaseCopy.class, json, reception::receiveCopy);
    }

    @Bean
    MessageHandler caseUpdatedHandler(CaseReception reception, JsonMapper json) {
        return handler(Wire.CASE_UPDATED, CaseCopy.class, json, reception::receiveCopy);
    }

    @Bean
    MessageHandler changeProposedHandler(CaseReception reception, JsonMapper json) {
        return handler(Wire.CHANGE_PROPOSED, Wire.Proposed.class, json, reception::receiveProposal);
    }

    @Bean
    MessageHandler proposalDecidedHandler(CaseReception reception, JsonMapper json) {
        return handler(Wire.PROPOSAL_DECIDED, Wire.Decided.class, json, reception::receiveDecision);
    }

    /** A handler that reads the payload as {@code payload}; a payload that is not that JSON can never apply. */
    static <T> MessageHandler handler(String type, Class<T> payload, JsonMapper json,
                                      BiConsumer<IncomingMessage, T> receive) {
        return new MessageHandler() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public void apply(IncomingMessage m) {
                T read;
                try {
                    read = json.readValue(m.payloadJson(), payload);
                } catch (JacksonException e) {
                    throw new RejectedMessageException(type + " payload is not readable: " + e.getOriginalMessage());
                }
                receive.accept(m, read);
            }
        };
    }
}
