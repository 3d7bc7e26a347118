package org.liaison.handovers.internal;

/**
 * A change of custody: when, where, by which officer, from whom to whom. {@code agency} is the side that recorded
 * it; {@code fromParty} / {@code toParty} are agency codes or free text (a detention centre, an escort team).
 */
public record CustodyEntry(long atMs, String place, String officer, String fromParty, String toParty, String note,
                    String agency) {
}
