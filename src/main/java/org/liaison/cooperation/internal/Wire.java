package org.liaison.cooperation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.liaison.cooperation.HandlingCondition;
import org.liaison.cooperation.InformationAccuracy;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.SourceReliability;
import org.liaison.cooperation.Urgency;
import org.liaison.persons.CrimeArea;

/**
 * The payloads this module sends to partner nodes (schema version 1 of each type). Every message of a report's or
 * a request's thread travels in the conversation {@code cooperation:<id>}, so the partner applies them in the order
 * they were sent: the item before its attachment parts and before any entry about it.
 */
final class Wire {

    static final String REPORT = "cooperation.report";
    static final String REQUEST = "cooperation.request";
    static final String ENTRY = "cooperation.entry";
    static final String PART = "cooperation.attachment-part";

    private Wire() {
    }

    static String conversation(UUID thread) {
        return "cooperation:" + thread;
    }

    /** An attachment announced with its item; its bytes follow in {@link Part}s. */
    record FileMeta(UUID id, String fileName, String contentType, long size, String sha256) {
    }

    /** A linked person as the sender's record shows them, so the partner sees whom the item is about. */
    record LinkedPerson(UUID id, String label) {
    }

    record Report(UUID id, String originAgency, String senderUnit, String recipientUnit, String title, String body,
                  String lang, CrimeArea crimeArea, String placeAgency, String placeUnit, String gate, String placeText,
                  LocalDate factsOn, LocalTime factsAt, SourceReliability reliability, InformationAccuracy accuracy,
                  Set<HandlingCondition> conditions, String otherConditions, List<LinkedPerson> persons,
                  List<FileMeta> attachments, String authorName, long sentMs) {
    }

    record Request(UUID id, String requestingAgency, String requestingUnit, String answeringUnit, RequestType type,
                   String title, String body, Urgency urgency, long deadlineMs, String deadlineSource,
                   UUID wantedNotice, UUID relatedReport, String relatedTitle, List<LinkedPerson> persons,
                   List<FileMeta> attachments, String authorName, long sentMs) {
    }

    /** A note, acknowledgement, reply or refusal in the thread of {@code thread} (a report's or request's id). */
    record Entry(UUID id, UUID thread, EntryKind kind, String text, String actorName, long atMs,
                 List<FileMeta> attachments) {
    }

    record Part(UUID attachment, int part, String base64) {
    }
}
