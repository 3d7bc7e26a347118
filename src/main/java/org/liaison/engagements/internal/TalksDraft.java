package org.liaison.engagements.internal;

import java.util.List;
import org.liaison.engagements.EngagementKind;

/** Talks as typed; see {@link Talks}. Dates are ISO days ({@code 2023-11-08}). */
public record TalksDraft(String level, String hostAgency, String heldOn, String endsOn, String place, String agenda,
                         List<ParticipantDraft> delegates, String outcomes, String shortcomings, String measures,
                         String orientations, List<ActionItemDraft> actionItems) implements Draft {

    /** @param id empty for a new item; an existing item's id in a correction */
    public record ActionItemDraft(String id, String text, String ownerAgency, String owner, String dueOn) {
    }

    @Override
    public EngagementKind kind() {
        return EngagementKind.TALKS;
    }
}
