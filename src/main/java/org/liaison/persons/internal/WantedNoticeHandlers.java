package org.liaison.persons.internal;

import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Registers the module's two message types with the exchange; the work is {@link WantedNoticeReception}'s. */
final class WantedNoticeHandlers {

    private WantedNoticeHandlers() {
    }

    @Component
    static class NoticeHandler implements MessageHandler {

        private final WantedNoticeReception reception;
        private final JsonMapper json;

        NoticeHandler(WantedNoticeReception reception, JsonMapper json) {
            this.reception = reception;
            this.json = json;
        }

        @Override
        public String type() {
            return Wire.NOTICE;
        }

        @Override
        public void apply(IncomingMessage message) {
            reception.receive(message, json.readValue(message.payloadJson(), Wire.Notice.class));
        }
    }

    @Component
    static class NoticeWithdrawnHandler implements MessageHandler {

        private final WantedNoticeReception reception;
        private final JsonMapper json;

        NoticeWithdrawnHandler(WantedNoticeReception reception, JsonMapper json) {
            this.reception = reception;
            this.json = json;
        }

        @Override
        public String type() {
            return Wire.NOTICE_WITHDRAWN;
        }

        @Override
        public void apply(IncomingMessage message) {
            reception.receiveClosure(message, json.readValue(message.payloadJson(), Wire.NoticeClosed.class));
        }
    }
}
