package org.liaison.cases.web;

/** A report or request to link, by its id. */
public class LinkForm {

    private String kind = "REPORT";
    private String reference;

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
