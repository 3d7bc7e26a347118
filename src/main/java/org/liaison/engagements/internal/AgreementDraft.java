package org.liaison.engagements.internal;

import java.util.List;
import org.liaison.engagements.EngagementKind;

/**
 * An agreement as typed. A clause's {@code commitment} is empty, {@code REPLY_DAYS} or {@code URGENT_REPLY_HOURS},
 * with the number of days or hours in {@code amount}; {@code answeringAgency} empty means both directions.
 */
public record AgreementDraft(String type, String titleVi, String titleZh, String signedOn, String signedPlace,
                             String effectiveFrom, String effectiveUntil, List<PartyDraft> parties,
                             List<ParticipantDraft> signatories, List<ClauseDraft> clauses) implements Draft {

    public record PartyDraft(String agency, String unit) {
    }

    public record ClauseDraft(String number, String textVi, String textZh, String commitment, String amount,
                              String answeringAgency) {
    }

    @Override
    public EngagementKind kind() {
        return EngagementKind.AGREEMENT;
    }
}
