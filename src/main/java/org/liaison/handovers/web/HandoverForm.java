package org.liaison.handovers.web;

import org.liaison.handovers.internal.HandoverDrafts;

/**
 * The fields of every handover form (the request, and each stage on the handover's page); each form sends the
 * fields it shows, and a refused one comes back with its values and the problems next to them.
 */
public class HandoverForm {

    private String notice;
    private String holdingAgency;
    private String grounds;
    private String requestReference;
    private String caseReference;
    private String date;
    private String time;
    private String place;
    private String note;
    private String authority;
    private String gate;
    private String escortsRequesting;
    private String escortsHolding;
    private String items;
    private String officers;
    private String documentsSeen;
    private String photoCheck;
    private String condition;
    private String reason;
    private String officer;
    private String from;
    private String to;

    HandoverDrafts.RequestDraft request() {
        return new HandoverDrafts.RequestDraft(notice, holdingAgency, grounds, requestReference, caseReference);
    }

    HandoverDrafts.LocatedDraft located() {
        return new HandoverDrafts.LocatedDraft(date, place, note);
    }

    HandoverDrafts.DetentionDraft detention() {
        return new HandoverDrafts.DetentionDraft(date, time, place, authority);
    }

    HandoverDrafts.ProposalDraft proposal() {
        return new HandoverDrafts.ProposalDraft(gate, date, time, escortsRequesting, escortsHolding, items);
    }

    HandoverDrafts.ConfirmationDraft confirmation() {
        return new HandoverDrafts.ConfirmationDraft(date, time, officers, documentsSeen, photoCheck, condition, items);
    }

    HandoverDrafts.ReasonDraft reasonDraft() {
        return new HandoverDrafts.ReasonDraft(reason);
    }

    HandoverDrafts.CustodyDraft custody() {
        return new HandoverDrafts.CustodyDraft(date, time, place, officer, from, to, note);
    }

    public String getNotice() { return notice; }
    public void setNotice(String notice) { this.notice = notice; }
    public String getHoldingAgency() { return holdingAgency; }
    public void setHoldingAgency(String holdingAgency) { this.holdingAgency = holdingAgency; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public String getRequestReference() { return requestReference; }
    public void setRequestReference(String requestReference) { this.requestReference = requestReference; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String caseReference) { this.caseReference = caseReference; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getTime() { return time; }
    public void setTime(String time) { this.time = time; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getGate() { return gate; }
    public void setGate(String gate) { this.gate = gate; }
    public String getEscortsRequesting() { return escortsRequesting; }
    public void setEscortsRequesting(String escortsRequesting) { this.escortsRequesting = escortsRequesting; }
    public String getEscortsHolding() { return escortsHolding; }
    public void setEscortsHolding(String escortsHolding) { this.escortsHolding = escortsHolding; }
    public String getItems() { return items; }
    public void setItems(String items) { this.items = items; }
    public String getOfficers() { return officers; }
    public void setOfficers(String officers) { this.officers = officers; }
    public String getDocumentsSeen() { return documentsSeen; }
    public void setDocumentsSeen(String documentsSeen) { this.documentsSeen = documentsSeen; }
    public String getPhotoCheck() { return photoCheck; }
    public void setPhotoCheck(String photoCheck) { this.photoCheck = photoCheck; }
    public String getCondition() { return condition; }
    public void setCondition(String condition) { this.condition = condition; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getOfficer() { return officer; }
    public void setOfficer(String officer) { this.officer = officer; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
