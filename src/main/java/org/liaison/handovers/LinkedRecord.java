package org.liaison.handovers;

import java.util.Objects;

/**
 * A record of another module a handover belongs to, by kind and id: the request to locate and arrest the person,
 * the joint case. Kept as a typed reference (the id as that module writes it) so that handovers need not know the
 * other modules; they react to {@link HandoverClosed}.
 */
public record LinkedRecord(Kind kind, String id) {

    public static final int MAX_ID = 100;

    public enum Kind {
        /** A request (module cooperation). */
        REQUEST,
        /** A joint case (module cases). */
        CASE
    }

    public LinkedRecord {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("a linked record needs an id of 1-" + MAX_ID + " characters; got '" + id + "'");
        }
    }
}
