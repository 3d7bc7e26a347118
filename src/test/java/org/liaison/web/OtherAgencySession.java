package org.liaison.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import org.liaison.shared.CurrentOfficer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A session of Guangxi's administrator, with every role, on the Cao Bang node: what a stolen or mis-routed session
 * of the other agency would look like. It cannot be had by logging in, so tests build it.
 */
public final class OtherAgencySession {

    private OtherAgencySession() {
    }

    public static RequestPostProcessor officerOfGuangxi() {
        OfficerPrincipal p = new OfficerPrincipal(new CurrentOfficer(999, "gx.admin", "陆建华", "CN-GX", null,
                Set.of("OFFICER", "SUPERVISOR", "ADMIN", "AUDITOR")), "", true, false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }
}
