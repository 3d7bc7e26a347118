package org.liaison.cases.web;

import java.util.ArrayList;
import java.util.List;
import org.liaison.cases.internal.CaseDossier;
import org.liaison.cases.internal.CaseDraft;
import org.liaison.cases.internal.CaseUnit;

/**
 * The form of a case's core: to open a case, to change an own one, or to propose a change to a partner's one
 * ({@code note} says why). {@code revision} is the one the form was filled from.
 */
public class CaseForm {

    private String crimeArea;
    private String titleVi;
    private String titleZh;
    private String summary;
    private String status;
    private List<String> units = new ArrayList<>();
    private int revision;
    private String note;

    static CaseForm of(CaseDossier d) {
        CaseForm f = new CaseForm();
        f.crimeArea = d.core().crimeArea().name();
        f.titleVi = d.core().titleVi();
        f.titleZh = d.core().titleZh();
        f.summary = d.core().summary();
        f.status = d.core().status().name();
        f.units = new ArrayList<>(d.core().units().stream().map(CaseUnit::toString).toList());
        f.revision = d.revision();
        return f;
    }

    CaseDraft toDraft() {
        return new CaseDraft(crimeArea, titleVi, titleZh, summary, status, units);
    }

    public String getCrimeArea() { return crimeArea; }
    public void setCrimeArea(String crimeArea) { this.crimeArea = crimeArea; }
    public String getTitleVi() { return titleVi; }
    public void setTitleVi(String titleVi) { this.titleVi = titleVi; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public List<String> getUnits() { return units; }
    public void setUnits(List<String> units) { this.units = units == null ? new ArrayList<>() : units; }
    public int getRevision() { return revision; }
    public void setRevision(int revision) { this.revision = revision; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
