package org.liaison.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

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

    /** A page's HTML, unescaped, in {@code lang}; fails unless it answers 200. */
    public static String page(MockMvc mvc, MockHttpServletRequestBuilder request, String lang) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Posts a form and opens the page it redirects to with its flash attributes, as a browser does. */
    public static String follow(MockMvc mvc, MockHttpServletRequestBuilder request, MockHttpSession session, String lang)
            throws Exception {
        var result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        var next = get(result.getResponse().getRedirectedUrl()).session(session);
        return page(mvc, result.getFlashMap().isEmpty() ? next : next.flashAttrs(result.getFlashMap()), lang);
    }

    /** Opens a page in the session and returns the CSRF token its forms carry. */
    public static String csrfFrom(MockMvc mvc, MockHttpSession session, String page) throws Exception {
        return csrfOf(mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString());
    }
}
