package org.liaison.cases.web;

/** A person of this node's records to link to an own case, or to propose for a partner's. */
public class PersonLinkForm {

    private String personId;
    private String role = "SUSPECT";
    private String note;

    public String getPersonId() { return personId; }
    public void setPersonId(String personId) { this.personId = personId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
