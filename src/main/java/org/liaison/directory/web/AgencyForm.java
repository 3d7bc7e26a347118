package org.liaison.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.liaison.directory.internal.DirectoryAdministration.AgencyDraft;
import org.liaison.directory.internal.DirectoryListings.AgencyView;

/** The agency form: code (fixed once created) and the three names. */
public class AgencyForm {

    @NotBlank(message = "{directory.validation.required}")
    @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{2,8}", message = "{directory.validation.agencyCode}")
    private String code;
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

    static AgencyForm of(AgencyView a) {
        AgencyForm f = new AgencyForm();
        f.code = a.code();
        f.nameLocal = a.nameLocal();
        f.namePartner = a.namePartner();
        f.nameEn = a.nameEn();
        f.version = a.version();
        return f;
    }

    AgencyDraft toDraft() {
        return new AgencyDraft(code, nameLocal, namePartner, nameEn);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameLocal() { return nameLocal; }
    public void setNameLocal(String nameLocal) { this.nameLocal = nameLocal; }
    public String getNamePartner() { return namePartner; }
    public void setNamePartner(String namePartner) { this.namePartner = namePartner; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
