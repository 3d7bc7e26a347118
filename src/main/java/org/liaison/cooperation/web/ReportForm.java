package org.liaison.cooperation.web;

import java.util.ArrayList;
import java.util.List;
import org.liaison.cooperation.internal.Drafts;
import org.springframework.web.multipart.MultipartFile;

/** The information report form; the persons come from the picker, the files are judged by their bytes. */
public class ReportForm {

    private String title;
    private String body;
    private String crimeArea;
    private String recipientUnit;
    private String placeUnit;
    private String gate;
    private String placeText;
    private String factsOn;
    private String factsAt;
    private String reliability;
    private String accuracy;
    private List<String> conditions = new ArrayList<>();
    private String otherConditions;
    private List<String> personIds = new ArrayList<>();
    private MultipartFile[] attachments;

    Drafts.Report toDraft() {
        return new Drafts.Report(title, body, crimeArea, recipientUnit, placeUnit, gate, placeText, factsOn, factsAt,
                reliability, accuracy, conditions, otherConditions, personIds, Uploads.of(attachments));
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getCrimeArea() { return crimeArea; }
    public void setCrimeArea(String crimeArea) { this.crimeArea = crimeArea; }
    public String getRecipientUnit() { return recipientUnit; }
    public void setRecipientUnit(String recipientUnit) { this.recipientUnit = recipientUnit; }
    public String getPlaceUnit() { return placeUnit; }
    public void setPlaceUnit(String placeUnit) { this.placeUnit = placeUnit; }
    public String getGate() { return gate; }
    public void setGate(String gate) { this.gate = gate; }
    public String getPlaceText() { return placeText; }
    public void setPlaceText(String placeText) { this.placeText = placeText; }
    public String getFactsOn() { return factsOn; }
    public void setFactsOn(String factsOn) { this.factsOn = factsOn; }
    public String getFactsAt() { return factsAt; }
    public void setFactsAt(String factsAt) { this.factsAt = factsAt; }
    public String getReliability() { return reliability; }
    public void setReliability(String reliability) { this.reliability = reliability; }
    public String getAccuracy() { return accuracy; }
    public void setAccuracy(String accuracy) { this.accuracy = accuracy; }
    public List<String> getConditions() { return conditions; }
    public void setConditions(List<String> conditions) { this.conditions = conditions == null ? new ArrayList<>() : conditions; }
    public String getOtherConditions() { return otherConditions; }
    public void setOtherConditions(String otherConditions) { this.otherConditions = otherConditions; }
    public List<String> getPersonIds() { return personIds; }
    public void setPersonIds(List<String> personIds) { this.personIds = personIds == null ? new ArrayList<>() : personIds; }
    public MultipartFile[] getAttachments() { return attachments; }
    public void setAttachments(MultipartFile[] attachments) { this.attachments = attachments; }
}
