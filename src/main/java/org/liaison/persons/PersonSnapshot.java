package org.liaison.persons;

import java.util.List;
import java.util.Locale;
import org.liaison.persons.internal.NameRules;

/**
 * A person record as other modules see it.
 *
 * @param originAgency the agency that keeps the record: the own agency, or the partner it was received from
 * @param birthDate    null when unknown
 * @param nationality  ISO 3166 alpha-3, or null when unknown
 */
public record PersonSnapshot(PersonId id, String originAgency, List<PersonName> names, Sex sex, BirthDate birthDate,
                             String nationality, List<IdentityDocument> documents) {

    public PersonSnapshot {
        names = List.copyOf(names);
        documents = List.copyOf(documents);
    }

    /** The name to show first to a reader of {@code locale}: a primary name in the script they read best. */
    public PersonName displayName(Locale locale) {
        return NameRules.displayName(names, locale);
    }
}
