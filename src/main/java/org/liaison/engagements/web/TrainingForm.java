package org.liaison.engagements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.TrainingCourse;
import org.liaison.engagements.internal.TrainingDraft;
import org.liaison.engagements.web.Rows.PersonRow;

/** The training course form: host, topic, days, place and one row per trainee with their side. */
public class TrainingForm extends RecordForm {

    private String hostAgency;
    private String topic;
    private String startsOn;
    private String endsOn;
    private String place;
    private List<PersonRow> trainees = new ArrayList<>();

    static TrainingForm blank(String own, String partner) {
        TrainingForm f = new TrainingForm();
        f.hostAgency = own;
        for (int i = 0; i < 5; i++) {
            f.trainees.add(PersonRow.of(partner));
        }
        return f;
    }

    static TrainingForm of(TrainingCourse c) {
        TrainingForm f = new TrainingForm();
        f.hostAgency = c.hostAgency();
        f.topic = c.topic();
        f.startsOn = c.startsOn().toString();
        f.endsOn = c.endsOn().toString();
        f.place = c.place();
        c.trainees().forEach(t -> f.trainees.add(PersonRow.of(t)));
        return f;
    }

    @Override
    EngagementKind kind() {
        return EngagementKind.TRAINING_COURSE;
    }

    @Override
    TrainingDraft toDraft() {
        return new TrainingDraft(hostAgency, topic, startsOn, endsOn, place,
                trainees.stream().map(r -> r == null ? null : r.toDraft()).toList());
    }

    @Override
    Map<String, RowList<?>> rowLists() {
        return Map.of("trainees", new RowList<>(trainees, () -> PersonRow.of(getPartner())));
    }

    public String getHostAgency() { return hostAgency; }
    public void setHostAgency(String hostAgency) { this.hostAgency = hostAgency; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<PersonRow> getTrainees() { return trainees; }
    public void setTrainees(List<PersonRow> trainees) { this.trainees = trainees; }
}
