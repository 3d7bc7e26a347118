package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.engagements.EngagementKind;

/** A training course one side holds: topic, when, where, and every trainee with their side. */
public record TrainingCourse(String hostAgency, String topic, LocalDate startsOn, LocalDate endsOn, String place,
                      List<Participant> trainees) implements Details {

    public TrainingCourse {
        trainees = List.copyOf(trainees);
    }

    @Override
    public EngagementKind kind() {
        return EngagementKind.TRAINING_COURSE;
    }

    @Override
    public LocalDate dated() {
        return startsOn;
    }


    @Override
    public TrainingDraft toDraft() {
        return new TrainingDraft(hostAgency, topic, startsOn.toString(), endsOn.toString(), place,
                trainees.stream().map(Participant::toDraft).toList());
    }

    /** How many trainees each side sent, by agency code. */
    public Map<String, Integer> traineesBySide() {
        Map<String, Integer> bySide = new TreeMap<>();
        trainees.forEach(t -> bySide.merge(t.agency(), 1, Integer::sum));
        return bySide;
    }
}
