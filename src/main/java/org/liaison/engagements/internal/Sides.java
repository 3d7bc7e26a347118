package org.liaison.engagements.internal;

import java.util.List;

/** The two agencies of a joint record: the one that records it and the partner that holds a copy. */
record Sides(String recording, String partner) {

    boolean contains(String agency) {
        return recording.equals(agency) || partner.equals(agency);
    }

    List<String> both() {
        return List.of(recording, partner);
    }
}
