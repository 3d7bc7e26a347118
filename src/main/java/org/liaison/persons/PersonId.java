package org.liaison.persons;

import java.util.Objects;
import java.util.UUID;

/** A person record's id; a record shared with a partner keeps its id there. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
