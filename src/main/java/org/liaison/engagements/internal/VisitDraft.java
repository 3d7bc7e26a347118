package org.liaison.engagements.internal;

import java.util.List;
import org.liaison.engagements.EngagementKind;

/** A delegation's visit as typed; the head's and members' side is the sending side whatever they say. */
public record VisitDraft(String sendingAgency, String receivingAgency, String startsOn, String endsOn, String place,
                         String purpose, ParticipantDraft head, List<ParticipantDraft> members) implements Draft {

    @Override
    public EngagementKind kind() {
        return EngagementKind.VISIT;
    }
}
