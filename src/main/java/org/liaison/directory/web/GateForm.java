package org.liaison.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.directory.internal.DirectoryAdministration.GateDraft;
import org.liaison.directory.internal.DirectoryListings.GateView;

/** The border gate form: a code (fixed once created), its names in three languages, the place on each side. */
public class GateForm {

    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 40, message = "{directory.validation.tooLong}")
    @Pattern(regexp = UnitForm.CODE, message = "{directory.validation.code}")
    private String code;
    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.tooLong}")
    private String nameVi;
    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.tooLong}")
    private String nameZh;
    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.tooLong}")
    private String nameEn;
    @Size(max = 300, message = "{directory.validation.tooLong}")
    private String placeVn;
    @Size(max = 300, message = "{directory.validation.tooLong}")
    private String placeCn;
    private Integer version;

    static GateForm of(GateView g) {
        GateForm f = new GateForm();
        f.code = g.code();
        f.nameVi = g.nameVi();
        f.nameZh = g.nameZh();
        f.nameEn = g.nameEn();
        f.placeVn = g.placeVn();
        f.placeCn = g.placeCn();
        f.version = g.version();
        return f;
    }

    GateDraft toDraft() {
        return new GateDraft(code, nameVi, nameZh, nameEn, placeVn, placeCn);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getPlaceVn() { return placeVn; }
    public void setPlaceVn(String placeVn) { this.placeVn = placeVn; }
    public String getPlaceCn() { return placeCn; }
    public void setPlaceCn(String placeCn) { this.placeCn = placeCn; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
