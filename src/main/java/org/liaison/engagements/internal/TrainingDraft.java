package org.liaison.engagements.internal;

import java.util.List;
import org.liaison.engagements.EngagementKind;

/** A training course as typed; the number of trainees is the number of rows. */
public record TrainingDraft(String hostAgency, String topic, String startsOn, String endsOn, String place,
                            List<ParticipantDraft> trainees) implements Draft {

    @Override
    public EngagementKind kind() {
        return EngagementKind.TRAINING_COURSE;
    }
}
