package org.liaison.persons;

import java.util.List;

/**
 * A wanted notice as other modules see it: whom it concerns, who issued it, where it stands, and which partner
 * agencies hold a copy (known on the issuing node only; empty on a partner's copy).
 *
 * @param own        true on the issuing agency's node
 * @param sharedWith the partner agencies the issuer sent a copy to
 */
public record WantedNoticeSnapshot(WantedNoticeId id, PersonId person, List<PersonName> personNames,
                                   String originAgency, boolean own, WantedNoticeStatus status, CrimeArea crimeArea,
                                   String warrantReference, List<String> sharedWith) {

    public WantedNoticeSnapshot {
        personNames = List.copyOf(personNames);
        sharedWith = List.copyOf(sharedWith);
    }
}
