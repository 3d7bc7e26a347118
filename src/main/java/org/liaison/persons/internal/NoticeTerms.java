package org.liaison.persons.internal;

import java.util.Objects;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.HandlingCode;

/**
 * What a wanted notice says, apart from whom it concerns.
 *
 * @param dangerWarnings what officers must know before approaching the person (armed, violent…); may be empty
 */
public record NoticeTerms(String charges, CrimeArea crimeArea, String issuingAuthority, String warrantReference,
                          String dangerWarnings, HandlingCode handlingCode) {

    static final int MAX_CHARGES = 4000;
    static final int MAX_AUTHORITY = 300;
    static final int MAX_WARRANT = 100;
    static final int MAX_DANGER = 2000;

    public NoticeTerms {
        Objects.requireNonNull(crimeArea, "crimeArea");
        Objects.requireNonNull(handlingCode, "handlingCode");
        require("charges", charges, MAX_CHARGES);
        require("issuingAuthority", issuingAuthority, MAX_AUTHORITY);
        require("warrantReference", warrantReference, MAX_WARRANT);
        dangerWarnings = dangerWarnings == null ? "" : dangerWarnings;
        if (dangerWarnings.length() > MAX_DANGER) {
            throw new IllegalArgumentException("dangerWarnings longer than " + MAX_DANGER + " characters");
        }
    }

    private static void require(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required; got '" + value + "'");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(name + " longer than " + max + " characters: " + value.length());
        }
    }
}
