package org.liaison.exchange;

/** Thrown by a {@link MessageHandler} for a message that can never be applied; the sender is told the reason. */
public class RejectedMessageException extends RuntimeException {

    public RejectedMessageException(String reason) {
        super(reason);
    }
}
