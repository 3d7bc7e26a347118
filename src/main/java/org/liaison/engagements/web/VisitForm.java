package org.liaison.engagements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.Visit;
import org.liaison.engagements.internal.VisitDraft;
import org.liaison.engagements.web.Rows.PersonRow;

/** The visit form: which side sent a delegation to which, when, where, why, its head and members. */
public class VisitForm extends RecordForm {

    private String sendingAgency;
    private String receivingAgency;
    private String startsOn;
    private String endsOn;
    private String place;
    private String purpose;
    private PersonRow head = new PersonRow();
    private List<PersonRow> members = new ArrayList<>();

    static VisitForm blank(String own, String partner) {
        VisitForm f = new VisitForm();
        f.sendingAgency = partner;
        f.receivingAgency = own;
        for (int i = 0; i < 3; i++) {
            f.members.add(new PersonRow());
        }
        return f;
    }

    static VisitForm of(Visit v) {
        VisitForm f = new VisitForm();
        f.sendingAgency = v.sendingAgency();
        f.receivingAgency = v.receivingAgency();
        f.startsOn = v.startsOn().toString();
        f.endsOn = v.endsOn().toString();
        f.place = v.place();
        f.purpose = v.purpose();
        f.head = PersonRow.of(v.head());
        v.members().forEach(m -> f.members.add(PersonRow.of(m)));
        return f;
    }

    @Override
    EngagementKind kind() {
        return EngagementKind.VISIT;
    }

    @Override
    VisitDraft toDraft() {
        return new VisitDraft(sendingAgency, receivingAgency, startsOn, endsOn, place, purpose,
                head == null ? null : head.toDraft(), members.stream().map(r -> r == null ? null : r.toDraft()).toList());
    }

    @Override
    Map<String, RowList<?>> rowLists() {
        return Map.of("members", new RowList<>(members, PersonRow::new));
    }

    public String getSendingAgency() { return sendingAgency; }
    public void setSendingAgency(String sendingAgency) { this.sendingAgency = sendingAgency; }
    public String getReceivingAgency() { return receivingAgency; }
    public void setReceivingAgency(String receivingAgency) { this.receivingAgency = receivingAgency; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public PersonRow getHead() { return head; }
    public void setHead(PersonRow head) { this.head = head; }
    public List<PersonRow> getMembers() { return members; }
    public void setMembers(List<PersonRow> members) { this.members = members; }
}
