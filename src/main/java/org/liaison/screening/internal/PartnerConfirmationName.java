package org.liaison.screening.internal;

import org.liaison.persons.NameKind;
import org.liaison.persons.NameScript;
import org.liaison.persons.PersonName;

/** One of the names a partner shared with its confirmation, as stored. */
record PartnerConfirmationName(String text, NameScript script, NameKind kind) {

    static PartnerConfirmationName of(PersonName n) {
        return new PartnerConfirmationName(n.text(), n.script(), n.kind());
    }

    PersonName name() {
        return new PersonName(text, script, kind);
    }
}
