package org.liaison.cooperation;

import java.util.Objects;
import java.util.UUID;

/** A request's id; the same on the requesting node and on the node that answers it. */
public record RequestId(UUID value) {

    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
