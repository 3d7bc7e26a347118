package org.liaison.persons;

import java.util.Objects;

/** One of a person's names, as written, with its script and kind. */
public record PersonName(String text, NameScript script, NameKind kind) {

    public PersonName {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a name needs text; got '" + text + "'");
        }
    }
}
