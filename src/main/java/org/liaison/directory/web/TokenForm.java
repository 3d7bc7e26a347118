package org.liaison.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "create a token" form; the name is trimmed before it is checked. */
record TokenForm(
        @NotBlank(message = "{tokens.name.required}")
        @Size(max = 100, message = "{tokens.name.tooLong}")
        String name) {

    TokenForm {
        name = name == null ? null : name.strip();
    }

    static TokenForm empty() {
        return new TokenForm("");
    }
}
