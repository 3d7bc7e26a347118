package org.liaison.persons.internal;

import java.time.Instant;
import java.util.List;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.PersonId;

/**
 * A person record as its page shows it: the particulars, each document with what its number says and where that
 * disagrees with the record, and the wanted notices about the person.
 *
 * @param version the version an edit must be based on
 */
public record PersonDossier(PersonId id, String originAgency, boolean own, Particulars particulars,
                            List<DocumentCheck> documents, List<NoticeSummary> notices, String createdBy,
                            Instant created, Instant updated, int version) {

    /**
     * @param reading   what the number encodes, or why it is not valid (possible on a partner's record, which is
     *                  kept as received)
     * @param conflicts where a valid number disagrees with the record
     */
    public record DocumentCheck(IdentityDocument document, IdNumberReading reading, List<Explanation> conflicts) {
    }

    /** True when a document is invalid or disagrees with the record: the page shows a warning at the top. */
    public boolean hasWarnings() {
        return documents.stream().anyMatch(d -> !d.reading().isValid() || !d.conflicts().isEmpty());
    }
}
