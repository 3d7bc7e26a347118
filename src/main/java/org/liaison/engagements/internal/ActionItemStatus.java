package org.liaison.engagements.internal;

/** How far an action item has come. Open and in-progress items come up again at the next talks. */
public enum ActionItemStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    /** The sides agreed to drop it. */
    CANCELLED;

    boolean pending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
