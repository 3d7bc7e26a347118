package org.liaison.cases.internal;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A proposal's change as the JSON text both nodes store and send. */
@Component
class ChangeJson {

    private final JsonMapper json;

    ChangeJson(JsonMapper json) {
        this.json = json;
    }

    String write(ProposedChange change) {
        return json.writeValueAsString(change);
    }

    ProposedChange read(String changeJson) {
        return json.readValue(changeJson, ProposedChange.class);
    }
}
