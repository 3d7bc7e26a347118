package org.liaison.exchange;

import java.util.UUID;
import org.liaison.shared.CurrentOfficer;

/**
 * The one door across the border. Other modules hand it a typed payload and a recipient agency; the payload
 * is delivered once to the module that registered the type on the partner node ({@link MessageHandler}).
 */
public interface Exchange {

    /**
     * Queues a message in the caller's transaction (the business change and the outbox row commit together).
     * Where four-eyes is configured for the type, the message waits for a supervisor's release.
     *
     * @throws IllegalArgumentException when the recipient is not a paired partner or the payload is too large
     */
    UUID send(OutgoingMessage message, CurrentOfficer sender);

    /** Records that an officer opened an incoming message; tells the sender once. */
    void markRead(UUID incomingMessageId, CurrentOfficer reader);

    /** Records that an incoming message was answered (the reply is a message of its own); tells the sender. */
    void markAnswered(UUID incomingMessageId);
}
