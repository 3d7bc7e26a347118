package org.liaison.handovers.internal;

import java.util.List;

/**
 * The holding side's proposal: the gate (directory code), the date and time, the escorting officers of each side
 * and the documents and items to transfer (one per line).
 */
public record Proposal(String gateCode, Long scheduledMs, String escortsRequesting, String escortsHolding, String items) {

    public List<String> escortsRequestingList() {
        return Records.lines(escortsRequesting);
    }

    public List<String> escortsHoldingList() {
        return Records.lines(escortsHolding);
    }

    public List<String> itemsList() {
        return Records.lines(items);
    }
}
