package org.liaison.directory.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.liaison.directory.internal.DirectoryAdministration.PairDraft;
import org.liaison.directory.internal.DirectoryListings.PairView;

/** The counterpart pair form: a unit of the own agency and its counterpart across the border. */
public class PairForm {

    @NotNull(message = "{directory.validation.required}")
    private Long unitId;
    @NotNull(message = "{directory.validation.required}")
    private Long partnerUnitId;
    @Size(max = 1000, message = "{directory.validation.tooLong}")
    private String note;
    private Integer version;

    static PairForm of(PairView p) {
        PairForm f = new PairForm();
        f.unitId = p.unit().id();
        f.partnerUnitId = p.partnerUnit().id();
        f.note = p.note();
        f.version = p.version();
        return f;
    }

    PairDraft toDraft() {
        return new PairDraft(unitId, partnerUnitId, note);
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getPartnerUnitId() { return partnerUnitId; }
    public void setPartnerUnitId(Long partnerUnitId) { this.partnerUnitId = partnerUnitId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
