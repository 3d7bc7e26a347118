package org.liaison.engagements.internal;

/**
 * A person taking part: a delegate at talks, a member of a visiting delegation, a trainee, a signatory.
 *
 * @param agency    the side they belong to (agency code)
 * @param rankTitle rank and title as the side writes them, e.g. "Đại tá, Phó Giám đốc"; may be empty
 * @param unit      their unit; may be empty
 */
public record Participant(String agency, String name, String rankTitle, String unit) {

    Draft.ParticipantDraft toDraft() {
        return new Draft.ParticipantDraft(agency, name, rankTitle, unit);
    }
}
