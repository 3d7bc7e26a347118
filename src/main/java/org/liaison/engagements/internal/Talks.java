package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;

/**
 * Talks or a meeting: who met where and at which level, the agenda, and the four things such talks produce
 * (outcomes, shortcomings found, agreed measures, orientations for the coming period), with the action items
 * that carry the measures out.
 *
 * @param endsOn    the last day, same as {@code heldOn} for one-day talks
 * @param delegates both delegations, each member with their side
 */
public record Talks(TalksLevel level, String hostAgency, LocalDate heldOn, LocalDate endsOn, String place, String agenda,
             List<Participant> delegates, String outcomes, String shortcomings, String measures,
             String orientations, List<ActionItem> actionItems) implements Details {

    public Talks {
        delegates = List.copyOf(delegates);
        actionItems = List.copyOf(actionItems);
    }

    /**
     * An agreed measure somebody must carry out by a day. Its id stays the same on both nodes and through
     * corrections; its progress (open, done, …) is kept apart, see {@link ActionItemProgress}.
     *
     * @param owner the unit or officer who answers for it
     */
    public record ActionItem(UUID id, String text, String ownerAgency, String owner, LocalDate dueOn) {

        TalksDraft.ActionItemDraft toDraft() {
            return new TalksDraft.ActionItemDraft(id.toString(), text, ownerAgency, owner, dueOn.toString());
        }
    }

    @Override
    public EngagementKind kind() {
        return EngagementKind.TALKS;
    }

    @Override
    public LocalDate dated() {
        return heldOn;
    }


    @Override
    public TalksDraft toDraft() {
        return new TalksDraft(level.name(), hostAgency, heldOn.toString(), endsOn.toString(), place, agenda,
                delegates.stream().map(Participant::toDraft).toList(), outcomes, shortcomings, measures, orientations,
                actionItems.stream().map(ActionItem::toDraft).toList());
    }

    /** The delegates of one side. */
    public List<Participant> delegation(String agency) {
        return delegates.stream().filter(p -> p.agency().equals(agency)).toList();
    }
}
