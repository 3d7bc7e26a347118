package org.liaison.exchange;

/** The states a user sees for a message. */
public enum MessageState {
    AWAITING_RELEASE, QUEUED, SENT, DELIVERED, READ, ANSWERED, FAILED, RECEIVED
}
