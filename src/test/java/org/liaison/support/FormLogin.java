package org.liaison.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What a browser does for MockMvc tests: log in through the real form and keep the session; read a form's CSRF token. */
public final class FormLogin {

    /** The password of every demo user. */
    public static final String DEMO_PASSWORD = "liaison-demo";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private FormLogin() {
    }

    /** Logs in with the log-in form, as a browser would, and returns the session to reuse. */
    public static MockHttpSession logIn(MockMvc mvc, String username) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** The CSRF token of the first form on a page, as the page rendered it. */
    public static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page:\n" + html);
        }
        return m.group(1);
    }

    /** Opens a page in the session and returns the CSRF token its forms carry. */
    public static String csrfFrom(MockMvc mvc, MockHttpSession session, String page) throws Exception {
        return csrfOf(mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString());
    }
}
