package org.liaison.screening.internal;

import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.liaison.exchange.RejectedMessageException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Registers {@value Wire#HIT_CONFIRMED} with the exchange; the work is {@link ConfirmationReception}'s. */
@Component
class HitConfirmedHandler implements MessageHandler {

    private final ConfirmationReception reception;
    private final JsonMapper json;

    HitConfirmedHandler(ConfirmationReception reception, JsonMapper json) {
        this.reception = reception;
        this.json = json;
    }

    @Override
    public String type() {
        return Wire.HIT_CONFIRMED;
    }

    @Override
    public void apply(IncomingMessage message) {
        Wire.HitConfirmed payload;
        try {
            payload = json.readValue(message.payloadJson(), Wire.HitConfirmed.class);
        } catch (JacksonException e) {
            throw new RejectedMessageException("not a hit confirmation: " + e.getOriginalMessage());
        }
        reception.receive(message, payload);
    }
}
