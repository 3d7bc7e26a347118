package org.liaison.persons.internal;

import java.util.List;
import java.util.Locale;
import org.liaison.persons.BirthDate;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.PersonName;
import org.liaison.persons.Sex;

/**
 * A person's particulars once checked: at least one name, one of them primary.
 *
 * @param birthDate   null when unknown
 * @param nationality ISO 3166 alpha-3, or null when unknown
 */
public record Particulars(List<PersonName> names, Sex sex, BirthDate birthDate, String nationality,
                          List<IdentityDocument> documents) {

    public Particulars {
        names = List.copyOf(names);
        documents = List.copyOf(documents);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a person needs at least one name");
        }
        if (sex == null) {
            throw new IllegalArgumentException("sex is required (UNKNOWN when not known)");
        }
    }

    /** The name to show first to a reader in {@code locale}. */
    public PersonName displayName(Locale locale) {
        return NameRules.displayName(names, locale);
    }
}
