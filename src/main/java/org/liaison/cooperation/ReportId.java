package org.liaison.cooperation;

import java.util.Objects;
import java.util.UUID;

/** An information report's id; the same on the sending node and on the partner node that received it. */
public record ReportId(UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
