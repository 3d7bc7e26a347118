package org.liaison.cases.web;

import org.liaison.cases.internal.SeizureDraft;

/** A seizure to record on an own case, or to propose for a partner's ({@code note} says why). */
public class SeizureForm {

    private String drugType;
    private String quantity;
    private String unit = "KG";
    private String place;
    private String seizedOn;
    private String seizingAgency;
    private String note;

    SeizureDraft toDraft() {
        return new SeizureDraft(drugType, quantity, unit, place, seizedOn, seizingAgency);
    }

    public String getDrugType() { return drugType; }
    public void setDrugType(String drugType) { this.drugType = drugType; }
    public String getQuantity() { return quantity; }
    public void setQuantity(String quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getSeizedOn() { return seizedOn; }
    public void setSeizedOn(String seizedOn) { this.seizedOn = seizedOn; }
    public String getSeizingAgency() { return seizingAgency; }
    public void setSeizingAgency(String seizingAgency) { this.seizingAgency = seizingAgency; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
