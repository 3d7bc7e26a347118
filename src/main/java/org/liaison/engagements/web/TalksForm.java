package org.liaison.engagements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.Talks;
import org.liaison.engagements.internal.TalksDraft;
import org.liaison.engagements.web.Rows.ItemRow;
import org.liaison.engagements.web.Rows.PersonRow;

/** The talks form: who met where, the agenda, the four outcomes, both delegations and the action items. */
public class TalksForm extends RecordForm {

    private String level = "";
    private String hostAgency;
    private String heldOn;
    private String endsOn;
    private String place;
    private String agenda;
    private String outcomes;
    private String shortcomings;
    private String measures;
    private String orientations;
    private List<PersonRow> delegates = new ArrayList<>();
    private List<ItemRow> actionItems = new ArrayList<>();

    static TalksForm blank(String own, String partner) {
        TalksForm f = new TalksForm();
        f.hostAgency = own;
        for (String side : List.of(own, own, partner, partner)) {
            f.delegates.add(PersonRow.of(side));
        }
        f.actionItems.add(new ItemRow());
        f.actionItems.add(new ItemRow());
        return f;
    }

    static TalksForm of(Talks t) {
        TalksForm f = new TalksForm();
        f.level = t.level().name();
        f.hostAgency = t.hostAgency();
        f.heldOn = t.heldOn().toString();
        f.endsOn = t.endsOn().toString();
        f.place = t.place();
        f.agenda = t.agenda();
        f.outcomes = t.outcomes();
        f.shortcomings = t.shortcomings();
        f.measures = t.measures();
        f.orientations = t.orientations();
        t.delegates().forEach(p -> f.delegates.add(PersonRow.of(p)));
        t.actionItems().forEach(i -> f.actionItems.add(ItemRow.of(i)));
        return f;
    }

    @Override
    EngagementKind kind() {
        return EngagementKind.TALKS;
    }

    @Override
    TalksDraft toDraft() {
        return new TalksDraft(level, hostAgency, heldOn, endsOn, place, agenda,
                delegates.stream().map(r -> r == null ? null : r.toDraft()).toList(), outcomes, shortcomings, measures,
                orientations, actionItems.stream().map(r -> r == null ? null : r.toDraft()).toList());
    }

    @Override
    Map<String, RowList<?>> rowLists() {
        return Map.of("delegates", new RowList<>(delegates, () -> PersonRow.of(getPartner())),
                "actionItems", new RowList<>(actionItems, ItemRow::new));
    }

    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getHostAgency() { return hostAgency; }
    public void setHostAgency(String hostAgency) { this.hostAgency = hostAgency; }
    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getOutcomes() { return outcomes; }
    public void setOutcomes(String outcomes) { this.outcomes = outcomes; }
    public String getShortcomings() { return shortcomings; }
    public void setShortcomings(String shortcomings) { this.shortcomings = shortcomings; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getOrientations() { return orientations; }
    public void setOrientations(String orientations) { this.orientations = orientations; }
    public List<PersonRow> getDelegates() { return delegates; }
    public void setDelegates(List<PersonRow> delegates) { this.delegates = delegates; }
    public List<ItemRow> getActionItems() { return actionItems; }
    public void setActionItems(List<ItemRow> actionItems) { this.actionItems = actionItems; }
}
