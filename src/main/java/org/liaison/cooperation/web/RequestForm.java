package org.liaison.cooperation.web;

import java.util.ArrayList;
import java.util.List;
import org.liaison.cooperation.internal.Drafts;
import org.springframework.web.multipart.MultipartFile;

/** The request form; an empty deadline takes the default the form shows. */
public class RequestForm {

    private String type;
    private String title;
    private String body;
    private String recipientUnit;
    private String urgency = "NORMAL";
    private String deadline;
    private String wantedNoticeId;
    private String relatedReportId;
    private List<String> personIds = new ArrayList<>();
    private MultipartFile[] attachments;

    Drafts.Request toDraft() {
        return new Drafts.Request(type, title, body, recipientUnit, urgency, deadline, wantedNoticeId, relatedReportId,
                personIds, Uploads.of(attachments));
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getRecipientUnit() { return recipientUnit; }
    public void setRecipientUnit(String recipientUnit) { this.recipientUnit = recipientUnit; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public String getWantedNoticeId() { return wantedNoticeId; }
    public void setWantedNoticeId(String wantedNoticeId) { this.wantedNoticeId = wantedNoticeId; }
    public String getRelatedReportId() { return relatedReportId; }
    public void setRelatedReportId(String relatedReportId) { this.relatedReportId = relatedReportId; }
    public List<String> getPersonIds() { return personIds; }
    public void setPersonIds(List<String> personIds) { this.personIds = personIds == null ? new ArrayList<>() : personIds; }
    public MultipartFile[] getAttachments() { return attachments; }
    public void setAttachments(MultipartFile[] attachments) { this.attachments = attachments; }
}
