package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.List;
import org.liaison.engagements.EngagementKind;

/**
 * A delegation of one side visiting the other: who went, where, when, why.
 *
 * @param head    the head of delegation (of the sending side)
 * @param members the other members, of the sending side too
 */
public record Visit(String sendingAgency, String receivingAgency, LocalDate startsOn, LocalDate endsOn, String place,
             String purpose, Participant head, List<Participant> members) implements Details {

    public Visit {
        members = List.copyOf(members);
    }

    @Override
    public EngagementKind kind() {
        return EngagementKind.VISIT;
    }

    @Override
    public LocalDate dated() {
        return startsOn;
    }


    @Override
    public VisitDraft toDraft() {
        return new VisitDraft(sendingAgency, receivingAgency, startsOn.toString(), endsOn.toString(), place, purpose,
                head.toDraft(), members.stream().map(Participant::toDraft).toList());
    }
}
