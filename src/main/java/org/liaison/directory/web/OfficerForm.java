package org.liaison.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.liaison.directory.Role;
import org.liaison.directory.internal.DirectoryAdministration.OfficerDraft;
import org.liaison.directory.internal.DirectoryListings.OfficerView;

/**
 * The officer form. The password is required for a new officer (the service checks that) and, when
 * editing, left empty to keep the current one; it is never sent back to the browser.
 */
public class OfficerForm {

    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 60, message = "{directory.validation.tooLong}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,}", message = "{directory.validation.username}")
    private String username;
    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 200, message = "{directory.validation.tooLong}")
    private String fullName;
    @Size(max = 200, message = "{directory.validation.tooLong}")
    private String rankTitle;
    @NotBlank(message = "{directory.validation.required}")
    private String agencyCode;
    private Long unitId;
    @NotEmpty(message = "{directory.validation.rolesRequired}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String preferredLang;
    @Size(max = 254, message = "{directory.validation.tooLong}")
    private String email;
    private boolean enabled = true;
    @Size(min = 12, max = 72, message = "{directory.validation.passwordLength}")
    private String password;
    private Integer version;

    static OfficerForm of(OfficerView o) {
        OfficerForm f = new OfficerForm();
        f.username = o.username();
        f.fullName = o.fullName();
        f.rankTitle = o.rankTitle();
        f.agencyCode = o.agencyCode();
        f.unitId = o.unitId();
        f.roles = o.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(o.roles());
        f.preferredLang = o.preferredLang();
        f.email = o.email();
        f.enabled = o.enabled();
        f.version = o.version();
        return f;
    }

    OfficerDraft toDraft() {
        return new OfficerDraft(username, fullName, rankTitle, agencyCode, unitId,
                roles == null ? Set.of() : Set.copyOf(roles), preferredLang, email, enabled, password);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getRankTitle() { return rankTitle; }
    public void setRankTitle(String rankTitle) { this.rankTitle = rankTitle; }
    public String getAgencyCode() { return agencyCode; }
    public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles; }
    public String getPreferredLang() { return preferredLang; }
    public void setPreferredLang(String preferredLang) { this.preferredLang = preferredLang; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
