package org.liaison.engagements.internal;

import java.util.UUID;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * Tells the other side of a record what changed, in the caller's transaction. All messages about one record share
 * a conversation, so the other node applies them in the order they were sent.
 */
@Component
class Sharing {

    private final Exchange exchange;

    Sharing(Exchange exchange) {
        this.exchange = exchange;
    }

    /** @param summary a short line for the message lists, without names */
    void tell(Actor actor, String agency, String type, Object payload, UUID recordId, String summary) {
        try {
            exchange.send(new OutgoingMessage(agency, type, 1, payload, summary, recordId.toString(),
                    Wire.conversation(recordId)), actor.officer());
        } catch (IllegalArgumentException notPaired) {
            // the pairing was removed since the record was made: nothing changes until it is restored
            throw EngagementsChangeRefused.conflict("engagements.error.notPartner", agency);
        }
    }
}
