package org.liaison.engagements.internal;

import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import tools.jackson.databind.JsonNode;

/**
 * The payloads this module sends to the partner's node (schema version 1 of each type). All messages about one
 * record travel in one conversation, so the partner applies them in the order they were sent. {@code by} is the
 * acting officer as records show them ({@link Actor#signature()}).
 */
final class Wire {

    static final String RECORD_SHARED = "engagements.record-shared";
    static final String RECORD_CONFIRMED = "engagements.record-confirmed";
    static final String CORRECTION_PROPOSED = "engagements.correction-proposed";
    static final String CORRECTION_DECIDED = "engagements.correction-decided";
    static final String ACTION_ITEM_UPDATED = "engagements.action-item-updated";

    private Wire() {
    }

    static String conversation(UUID recordId) {
        return "engagements:" + recordId;
    }

    /** A new record: the partner stores a copy with the same id. */
    record Shared(UUID id, EngagementKind kind, String recordingAgency, String partnerAgency, int revision,
                  String recordedBy, long recordedMs, JsonNode details) {
    }

    /** The partner confirms the record at this revision. */
    record Confirmed(UUID id, int revision, String by, long atMs) {
    }

    /** The partner proposes other details for the record at this revision. */
    record CorrectionProposed(UUID id, int revision, JsonNode details, String note, String by, long atMs) {
    }

    /**
     * The recording side's decision. Accepted: the record reads as {@code details} from {@code revision} on;
     * rejected: it keeps its wording ({@code details} null) and {@code reason} says why.
     */
    record CorrectionDecided(UUID id, boolean accepted, int revision, JsonNode details, String reason, String by,
                             long atMs) {
    }

    /** Either side moved an action item on. */
    record ActionItemUpdated(UUID itemId, UUID talksId, ActionItemStatus status, String note, UUID followedUpIn,
                             String by, long atMs) {
    }
}
