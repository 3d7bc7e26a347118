package org.liaison.handovers;

import java.util.Set;

/** Where a handover stands; the same on both nodes once the exchange has carried the last stage across. */
public enum HandoverStatus {
    REQUESTED,
    LOCATED,
    DETAINED,
    PROPOSED,
    AGREED,
    EXECUTED,
    CLOSED,
    REFUSED,
    CANCELLED;

    /** Statuses after which nothing changes any more. */
    public static final Set<HandoverStatus> ENDED = Set.of(CLOSED, REFUSED, CANCELLED);

    public boolean ended() {
        return ENDED.contains(this);
    }
}
