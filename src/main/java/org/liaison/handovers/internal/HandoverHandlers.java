package org.liaison.handovers.internal;

import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's three message types with the exchange; the work is {@link HandoverReception}'s. */
final class HandoverHandlers {

    private HandoverHandlers() {
    }

    @Component
    static class RequestedHandler implements MessageHandler {

        private final HandoverReception reception;
        private final JsonMapper json;

        RequestedHandler(HandoverReception reception, JsonMapper json) {
            this.reception = reception;
            this.json = json;
        }

        @Override
        public String type() {
            return Wire.REQUESTED;
        }

        @Override
        public void apply(IncomingMessage message) {
            reception.requested(message, json.readValue(message.payloadJson(), Wire.Request.class));
        }
    }

    @Component
    static class StageHandler implements MessageHandler {

        private final HandoverReception reception;
        private final JsonMapper json;

        StageHandler(HandoverReception reception, JsonMapper json) {
            this.reception = reception;
            this.json = json;
        }

        @Override
        public String type() {
            return Wire.STAGE;
        }

        @Override
        public void apply(IncomingMessage message) {
            reception.stage(message, json.readValue(message.payloadJson(), Wire.StageRecorded.class));
        }
    }

    @Component
    static class ConfirmedHandler implements MessageHandler {

        private final HandoverReception reception;
        private final JsonMapper json;

        ConfirmedHandler(HandoverReception reception, JsonMapper json) {
            this.reception = reception;
            this.json = json;
        }

        @Override
        public String type() {
            return Wire.CONFIRMED;
        }

        @Override
        public void apply(IncomingMessage message) {
            reception.confirmed(message, json.readValue(message.payloadJson(), Wire.Confirmed.class));
        }
    }
}
