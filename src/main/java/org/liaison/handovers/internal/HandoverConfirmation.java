package org.liaison.handovers.internal;

import java.util.List;

/**
 * One side's confirmation that the handover took place, signed by that side's node ({@code signature}: compact
 * JWS with detached payload over {@link ConfirmationStatement}'s canonical JSON).
 */
public record HandoverConfirmation(String agency, Side side, long executedMs, String officers, String documentsSeen,
                            PhotoCheck photoCheck, String conditionNote, String items, String recordedBy,
                            long recordedMs, String signature) {

    public List<String> officersList() {
        return Records.lines(officers);
    }

    public List<String> itemsList() {
        return Records.lines(items);
    }

    HandoverConfirmation signed(String signature) {
        return new HandoverConfirmation(agency, side, executedMs, officers, documentsSeen, photoCheck, conditionNote,
                items, recordedBy, recordedMs, signature);
    }
}
