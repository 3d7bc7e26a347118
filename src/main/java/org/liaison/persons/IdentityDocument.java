package org.liaison.persons;

import java.util.Objects;

/**
 * An identity document of a person: its type, number (normalised: no spaces, upper case) and issuing country
 * (ISO 3166 alpha-3).
 */
public record IdentityDocument(DocumentType type, String number, String issuingCountry) {

    public IdentityDocument {
        Objects.requireNonNull(type, "type");
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a document needs a number; got '" + number + "'");
        }
        if (issuingCountry == null || !issuingCountry.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("issuing country must be an ISO 3166 alpha-3 code; got '" + issuingCountry + "'");
        }
    }
}
