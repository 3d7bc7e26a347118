package org.liaison.engagements.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.Agreement;
import org.liaison.engagements.internal.AgreementDraft;
import org.liaison.engagements.web.Rows.ClauseRow;
import org.liaison.engagements.web.Rows.PartyRow;
import org.liaison.engagements.web.Rows.PersonRow;

/** The agreement form: titles in Vietnamese and Chinese, signing, force, parties, signatories, clauses. */
public class AgreementForm extends RecordForm {

    private String type = "COORDINATION_REGULATION";
    private String titleVi;
    private String titleZh;
    private String signedOn;
    private String signedPlace;
    private String effectiveFrom;
    private String effectiveUntil;
    private List<PartyRow> parties = new ArrayList<>();
    private List<PersonRow> signatories = new ArrayList<>();
    private List<ClauseRow> clauses = new ArrayList<>();

    static AgreementForm blank(String own, String partner) {
        AgreementForm f = new AgreementForm();
        f.parties.add(PartyRow.of(own, ""));
        f.parties.add(PartyRow.of(partner, ""));
        f.signatories.add(PersonRow.of(own));
        f.signatories.add(PersonRow.of(partner));
        for (int n = 1; n <= 3; n++) {
            f.clauses.add(ClauseRow.numbered(n));
        }
        return f;
    }

    static AgreementForm of(Agreement a) {
        AgreementForm f = new AgreementForm();
        AgreementDraft d = a.toDraft();
        f.type = d.type();
        f.titleVi = d.titleVi();
        f.titleZh = d.titleZh();
        f.signedOn = d.signedOn();
        f.signedPlace = d.signedPlace();
        f.effectiveFrom = d.effectiveFrom();
        f.effectiveUntil = d.effectiveUntil();
        a.parties().forEach(p -> f.parties.add(PartyRow.of(p.agency(), p.unit())));
        a.signatories().forEach(s -> f.signatories.add(PersonRow.of(s)));
        d.clauses().forEach(c -> f.clauses.add(ClauseRow.of(c)));
        return f;
    }

    @Override
    EngagementKind kind() {
        return EngagementKind.AGREEMENT;
    }

    @Override
    AgreementDraft toDraft() {
        return new AgreementDraft(type, titleVi, titleZh, signedOn, signedPlace, effectiveFrom, effectiveUntil,
                parties.stream().map(r -> r == null ? null : r.toDraft()).toList(),
                signatories.stream().map(r -> r == null ? null : r.toDraft()).toList(),
                clauses.stream().map(r -> r == null ? null : r.toDraft()).toList());
    }

    @Override
    Map<String, RowList<?>> rowLists() {
        return Map.of("parties", new RowList<>(parties, PartyRow::new),
                "signatories", new RowList<>(signatories, PersonRow::new),
                "clauses", new RowList<>(clauses, () -> ClauseRow.numbered(clauses.size() + 1)));
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitleVi() { return titleVi; }
    public void setTitleVi(String titleVi) { this.titleVi = titleVi; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getSignedOn() { return signedOn; }
    public void setSignedOn(String signedOn) { this.signedOn = signedOn; }
    public String getSignedPlace() { return signedPlace; }
    public void setSignedPlace(String signedPlace) { this.signedPlace = signedPlace; }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getEffectiveUntil() { return effectiveUntil; }
    public void setEffectiveUntil(String effectiveUntil) { this.effectiveUntil = effectiveUntil; }
    public List<PartyRow> getParties() { return parties; }
    public void setParties(List<PartyRow> parties) { this.parties = parties; }
    public List<PersonRow> getSignatories() { return signatories; }
    public void setSignatories(List<PersonRow> signatories) { this.signatories = signatories; }
    public List<ClauseRow> getClauses() { return clauses; }
    public void setClauses(List<ClauseRow> clauses) { this.clauses = clauses; }
}
