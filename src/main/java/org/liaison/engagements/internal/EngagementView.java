package org.liaison.engagements.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.JointStatus;

/**
 * A joint record as pages and the API show it.
 *
 * @param correction   the details the partner proposes, while a correction waits; else null
 * @param actionItems  talks only: the record's own action items and how they stand
 * @param followUps    talks only: pending items of earlier talks between the same sides, and items followed up at
 *                     these talks
 * @param signedText   agreements only: the attached PDF, or null
 */
public record EngagementView(UUID id, EngagementKind kind, String recordingAgency, String partnerAgency, boolean own,
                             JointStatus status, int revision, Details details, String recordedBy, Instant recorded,
                             Instant received, String statusBy, Instant statusAt, String statusNote,
                             Details correction, String correctionNote, String correctionBy, Instant correctionAt,
                             List<ItemLine> actionItems, List<ItemLine> followUps, SignedTextInfo signedText) {

    /** The other side, seen from this node. */
    public String otherSide() {
        return own ? partnerAgency : recordingAgency;
    }

    /**
     * An action item and how it stands.
     *
     * @param talksId      the talks that agreed it
     * @param followedUpIn the later talks at which it was last updated, or null
     */
    public record ItemLine(Talks.ActionItem item, ActionItemStatus status, String note, String updatedBy,
                           Instant updated, UUID talksId, java.time.LocalDate talksHeldOn, String talksPlace,
                           UUID followedUpIn) {
    }
}
