package org.liaison.persons.internal;

import java.util.List;
import java.util.UUID;
import org.liaison.persons.BirthDate;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.PersonName;
import org.liaison.persons.Sex;
import org.liaison.persons.WantedNoticeStatus;

/** The payloads this module sends to partner nodes (schema version 1 of each type). */
final class Wire {

    static final String NOTICE = "persons.wanted-notice";
    /** Carries a withdrawal, and also the notice's execution: either way the notice is no longer in force. */
    static final String NOTICE_WITHDRAWN = "persons.wanted-notice-withdrawn";

    private Wire() {
    }

    /**
     * A wanted notice and its person, as shared.
     *
     * @param photoBase64   the photo, when small enough to travel; else null
     * @param photoWithheld true when the notice has a photo that was too large to send
     */
    record Notice(UUID id, String originAgency, String charges, CrimeArea crimeArea, String issuingAuthority,
                  String warrantReference, String dangerWarnings, HandlingCode handlingCode, WantedNoticeStatus status,
                  long issuedMs, Person person, String photoType, String photoBase64, boolean photoWithheld) {
    }

    record Person(UUID id, List<PersonName> names, Sex sex, BirthDate birthDate, String nationality,
                  List<IdentityDocument> documents) {
    }

    /** @param status WITHDRAWN or EXECUTED */
    record NoticeClosed(UUID id, WantedNoticeStatus status, String reason, long closedMs) {
    }
}
