package org.liaison.persons;

import java.util.Objects;
import java.util.UUID;

/** A wanted notice's id; the same on the issuing node and on every partner node that received it. */
public record WantedNoticeId(UUID value) {

    public WantedNoticeId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
