package org.liaison.handovers;

import java.util.Objects;
import java.util.UUID;

/** A handover's id: the same on both nodes. */
public record HandoverId(UUID value) {

    public HandoverId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
