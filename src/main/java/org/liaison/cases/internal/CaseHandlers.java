package org.liaison.cases.internal;

import org.liaison.exchange.MessageHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's four message types with the exchange; the work is {@link CaseReception}'s. */
@Configuration(proxyBeanMethods = false)
class CaseHandlers {

    @Bean
    MessageHandler caseSharedHandler(CaseReception reception, JsonMapper json) {
        return MessageHandler.json(Wire.CASE_SHARED, CaseCopy.class, json, reception::receiveCopy);
    }

    @Bean
    MessageHandler caseUpdatedHandler(CaseReception reception, JsonMapper json) {
        return MessageHandler.json(Wire.CASE_UPDATED, CaseCopy.class, json, reception::receiveCopy);
    }

    @Bean
    MessageHandler changeProposedHandler(CaseReception reception, JsonMapper json) {
        return MessageHandler.json(Wire.CHANGE_PROPOSED, Wire.Proposed.class, json, reception::receiveProposal);
    }

    @Bean
    MessageHandler proposalDecidedHandler(CaseReception reception, JsonMapper json) {
        return MessageHandler.json(Wire.PROPOSAL_DECIDED, Wire.Decided.class, json, reception::receiveDecision);
    }
}
