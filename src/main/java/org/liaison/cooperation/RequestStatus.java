package org.liaison.cooperation;

/**
 * Where a request stands; the same on both nodes, since only the answering agency moves it and tells the other.
 * OPEN → ACKNOWLEDGED → PARTIALLY_ANSWERED → ANSWERED, or DECLINED before any part was answered.
 */
public enum RequestStatus {
    OPEN,
    ACKNOWLEDGED,
    PARTIALLY_ANSWERED,
    ANSWERED,
    DECLINED;

    /** Answered or declined: nothing more is expected. */
    public boolean closed() {
        return this == ANSWERED || this == DECLINED;
    }
}
