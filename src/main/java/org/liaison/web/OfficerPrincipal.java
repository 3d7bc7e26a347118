package org.liaison.web;

import java.util.Collection;
import java.util.List;
import org.liaison.shared.CurrentOfficer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a logged-in officer. */
record OfficerPrincipal(CurrentOfficer officer, String password, boolean enabled, boolean locked)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(officer);
    }

    static List<GrantedAuthority> authorities(CurrentOfficer officer) {
        return officer.roles().stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return officer.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
