package org.liaison.cooperation.internal;

import org.liaison.cooperation.RequestStatus;

/** What one line of a thread records. */
public enum EntryKind {
    /** Free text from either side, on a report or a request. */
    NOTE(null, true),
    ACKNOWLEDGED(RequestStatus.ACKNOWLEDGED, false),
    PARTIAL_REPLY(RequestStatus.PARTIALLY_ANSWERED, false),
    FINAL_REPLY(RequestStatus.ANSWERED, false),
    DECLINED(RequestStatus.DECLINED, false),
    /** This side's supervisor gave the item to an officer; not sent. */
    ASSIGNED(null, false),
    /** This side passed a received report to another of its units; not sent. */
    FORWARDED(null, false),
    /** A supervisor of the report's unit let an officer of another unit read it in full; not sent. */
    NEED_TO_KNOW(null, false),
    /** The handover the request led to was executed; recorded by each node for itself, so it does not cross. */
    HANDOVER_EXECUTED(null, false);

    private final RequestStatus leadsTo;
    private final boolean eitherSide;

    EntryKind(RequestStatus leadsTo, boolean eitherSide) {
        this.leadsTo = leadsTo;
        this.eitherSide = eitherSide;
    }

    /** The status a request moves to with this entry, or null when the entry does not move it. */
    public RequestStatus leadsTo() {
        return leadsTo;
    }

    /** Entries only the answering side of a request may make: acknowledgements, replies, refusals. */
    boolean answersRequest() {
        return leadsTo != null;
    }

    boolean crosses() {
        return eitherSide || leadsTo != null;
    }
}
