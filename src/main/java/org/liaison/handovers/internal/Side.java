package org.liaison.handovers.internal;

/** The two parties to a handover. */
public enum Side {
    /** Asked for the person and receives them: the wanted notice is theirs. */
    REQUESTING,
    /** Holds the person and hands them over. */
    HOLDING;

    Side other() {
        return this == REQUESTING ? HOLDING : REQUESTING;
    }
}
