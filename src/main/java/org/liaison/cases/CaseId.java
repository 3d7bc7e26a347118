package org.liaison.cases;

import java.util.Objects;
import java.util.UUID;

/** A joint case's id; the same on the originating node and on every partner node holding a copy. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
