package org.liaison.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.directory.UnitKind;
import org.liaison.directory.internal.DirectoryAdministration.UnitDraft;
import org.liaison.directory.internal.DirectoryListings.UnitView;

/** The unit form; agency and code are fixed once the unit exists. */
public class UnitForm {

    static final String CODE = "[A-Z0-9][A-Z0-9-]*";
    static final String KINDS = "DEPARTMENT|BLO|DIVISION|DISTRICT|EMBASSY|OTHER";

    @NotBlank(message = "{directory.validation.required}")
    private String agencyCode;
    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 40, message = "{directory.validation.tooLong}")
    @Pattern(regexp = CODE, message = "{directory.validation.code}")
    private String code;
    @NotBlank(message = "{directory.validation.required}")
    @Pattern(regexp = KINDS, message = "{directory.validation.unitKind}")
    private String kind;
    private String parentCode;
    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.tooLong}")
    private String nameLocal;
    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.tooLong}")
    private String namePartner;
    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.tooLong}")
    private String nameEn;
    private Integer version;

    static UnitForm of(UnitView u) {
        UnitForm f = new UnitForm();
        f.agencyCode = u.agencyCode();
        f.code = u.code();
        f.kind = u.kind().name();
        f.parentCode = u.parentCode();
        f.nameLocal = u.nameLocal();
        f.namePartner = u.namePartner();
        f.nameEn = u.nameEn();
        f.version = u.version();
        return f;
    }

    UnitDraft toDraft() {
        return new UnitDraft(agencyCode, code, UnitKind.valueOf(kind), parentCode, nameLocal, namePartner, nameEn);
    }

    public String getAgencyCode() { return agencyCode; }
    public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
    public String getNameLocal() { return nameLocal; }
    public void setNameLocal(String nameLocal) { this.nameLocal = nameLocal; }
    public String getNamePartner() { return namePartner; }
    public void setNamePartner(String namePartner) { this.namePartner = namePartner; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
