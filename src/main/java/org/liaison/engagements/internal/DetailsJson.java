package org.liaison.engagements.internal;

import org.liaison.engagements.EngagementKind;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Details and drafts as JSON: how records are stored, how they travel to the partner, and how the API takes a
 * draft of the kind a record is. Dates are ISO days, enums their names.
 */
@Component
public class DetailsJson {

    private final JsonMapper json;

    DetailsJson(JsonMapper json) {
        this.json = json;
    }

    String write(Details details) {
        return json.writeValueAsString(details);
    }

    Details read(EngagementKind kind, String stored) {
        return json.readValue(stored, detailsType(kind));
    }

    JsonNode tree(String stored) {
        return json.readTree(stored);
    }

    /** Details as the partner sent them, not yet checked; a malformed payload throws a {@link JacksonException}. */
    Details read(EngagementKind kind, JsonNode sent) {
        return json.treeToValue(sent, detailsType(kind));
    }

    /**
     * A draft of the given kind from JSON (a request body, a partner's payload).
     *
     * @throws EngagementsChangeRefused when the JSON does not have the draft's shape
     */
    public Draft draft(EngagementKind kind, JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.INVALID, field,
                    "engagements.validation.required");
        }
        try {
            return json.treeToValue(node, draftType(kind));
        } catch (JacksonException e) {
            throw EngagementsChangeRefused.one(EngagementsChangeRefused.Reason.INVALID, field,
                    "engagements.validation.shape", kind.name());
        }
    }

    private static Class<? extends Details> detailsType(EngagementKind kind) {
        return switch (kind) {
            case TALKS -> Talks.class;
            case VISIT -> Visit.class;
            case TRAINING_COURSE -> TrainingCourse.class;
            case AGREEMENT -> Agreement.class;
        };
    }

    private static Class<? extends Draft> draftType(EngagementKind kind) {
        return switch (kind) {
            case TALKS -> TalksDraft.class;
            case VISIT -> VisitDraft.class;
            case TRAINING_COURSE -> TrainingDraft.class;
            case AGREEMENT -> AgreementDraft.class;
        };
    }
}
