package org.liaison.persons.internal;

import java.util.List;

/**
 * A person's particulars as a user typed them (a form or a JSON request), not yet checked. Enumerations are
 * text so that a wrong value is reported next to its field like any other mistake.
 *
 * @param birth null or all blank when the birth date is unknown
 */
public record PersonDraft(List<Name> names, String sex, Birth birth, String nationality, List<Document> documents) {

    public PersonDraft {
        names = names == null ? List.of() : names;
        documents = documents == null ? List.of() : documents;
    }

    public record Name(String text, String script, String kind) {

        boolean isBlank() {
            return text == null || text.isBlank();
        }
    }

    /** @param precision FULL, YEAR_MONTH, YEAR or APPROXIMATE_YEAR; blank when the birth date is unknown */
    public record Birth(String precision, Integer year, Integer month, Integer day) {

        boolean isBlank() {
            return (precision == null || precision.isBlank()) && year == null && month == null && day == null;
        }
    }

    /** @param issuingCountry ISO 3166 alpha-3; may be left out for a Vietnamese or Chinese national ID */
    public record Document(String type, String number, String issuingCountry) {

        boolean isBlank() {
            return number == null || number.isBlank();
        }
    }
}
