package org.liaison.engagements.internal;

import org.liaison.engagements.EngagementKind;

/**
 * A joint record's details as typed into a form or sent to the API: every value a string, checked by
 * {@link RecordPolicy}. Field names are the form's and the JSON request's.
 */
public sealed interface Draft permits TalksDraft, VisitDraft, TrainingDraft, AgreementDraft {

    EngagementKind kind();

    /** A delegate, a member, a trainee or a signatory as typed. */
    record ParticipantDraft(String agency, String name, String rankTitle, String unit) {
    }
}
