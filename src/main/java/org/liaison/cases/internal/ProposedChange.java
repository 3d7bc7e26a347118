package org.liaison.cases.internal;

import java.util.List;

/**
 * What a proposal would change: for {@link ProposalKind#CORE} the fields, for {@link ProposalKind#SEIZURE} the
 * seizure, for {@link ProposalKind#PERSON} the person; the other parts are empty.
 */
public record ProposedChange(ProposalKind kind, List<FieldChange> fields, SeizureFacts seizure, CasePerson person) {

    public ProposedChange {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    static ProposedChange core(List<FieldChange> fields) {
        return new ProposedChange(ProposalKind.CORE, fields, null, null);
    }

    static ProposedChange seizure(SeizureFacts seizure) {
        return new ProposedChange(ProposalKind.SEIZURE, List.of(), seizure, null);
    }

    static ProposedChange person(CasePerson person) {
        return new ProposedChange(ProposalKind.PERSON, List.of(), null, person);
    }
}
