package org.liaison.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.support.FormLogin.csrfFrom;
import static org.liaison.support.FormLogin.logIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.liaison.shared.CurrentOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API tokens through a real log-in: shown once, usable as Bearer on /api/v1/me, revocable by the owner only. */
@SpringBootTest
@AutoConfigureMockMvc
class TokenPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OfficerAccounts accounts;

    @Test
    void tokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() throws Exception {
        MockHttpSession officer = logIn(mvc, "cb.officer");
        String csrf = csrfFrom(mvc, officer, "/account/tokens");

        var created = mvc.perform(post("/account/tokens").session(officer).param("_csrf", csrf)
                        .param("name", "  case system sync  "))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        String token = rawTokenOn(created);
        assertThat(created).contains("Copy this token now. It will not be shown again", "Token &quot;case system sync&quot;",
                "curl -H &quot;Authorization: Bearer " + token + "&quot; http://localhost/api/v1/me");

        String list = html(get("/account/tokens").session(officer));
        assertThat(list).contains("case system sync", token.substring(0, 12) + "…", "Never", "Active")
                .doesNotContain(token);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("cb.officer"))
                .andExpect(jsonPath("$.fullName").value("Nông Thị Hoa"))
                .andExpect(jsonPath("$.agency").value("VN-CB"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("OFFICER")));
        assertThat(html(get("/account/tokens").session(officer))).doesNotContain("Never");

        long id = idOf(officer, "case system sync");
        mvc.perform(post("/account/tokens/{id}/revoke", id).session(officer).param("_csrf", csrf))
                .andExpect(redirectedUrl("/account/tokens"))
                .andExpect(flash().attribute("revokedName", "case system sync"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(html(get("/account/tokens").session(officer))).contains("Revoked")
                .doesNotContain("/account/tokens/" + id + "/revoke");
    }

    @Test
    void revokingSomeoneElsesTokenAnswers404AndChangesNothing() throws Exception {
        MockHttpSession officer = logIn(mvc, "cb.officer");
        String token = create(officer, "liaison desk export");
        long id = idOf(officer, "liaison desk export");
        MockHttpSession supervisor = logIn(mvc, "cb.supervisor");
        String csrf = csrfFrom(mvc, supervisor, "/account/tokens");

        mvc.perform(post("/account/tokens/{id}/revoke", id).session(supervisor).param("_csrf", csrf))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("cb.officer"));
        assertThat(accounts.tokens(officerNamed(officer)).stream().filter(t -> t.id() == id))
                .singleElement().satisfies(t -> assertThat(t.revoked()).isFalse());
        assertThat(html(get("/account/tokens").session(supervisor))).doesNotContain("liaison desk export");
    }

    @Test
    void unknownTokenIdAnswers404() throws Exception {
        MockHttpSession officer = logIn(mvc, "cb.officer");
        String csrf = csrfFrom(mvc, officer, "/account/tokens");

        mvc.perform(post("/account/tokens/{id}/revoke", 987_654_321L).session(officer).param("_csrf", csrf))
                .andExpect(status().isNotFound());
    }

    @Test
    void blankNameIsRefusedNextToTheFieldInTheReadersLanguage() throws Exception {
        MockHttpSession officer = logIn(mvc, "cb.supervisor");
        String csrf = csrfFrom(mvc, officer, "/account/tokens");
        int before = accounts.tokens(officerNamed(officer)).size();

        String page = mvc.perform(post("/account/tokens").session(officer).param("_csrf", csrf).param("name", "   ")
                        .header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-testid=\"name-error\">Hãy nhập tên cho mã truy cập.</span>")
                .doesNotContain("data-testid=\"raw-token\"");
        assertThat(accounts.tokens(officerNamed(officer))).hasSize(before);
    }

    @Test
    void nameOfAHundredCharactersIsTheLongestAccepted() throws Exception {
        MockHttpSession officer = logIn(mvc, "cb.supervisor");
        String csrf = csrfFrom(mvc, officer, "/account/tokens");

        String tooLong = mvc.perform(post("/account/tokens").session(officer).param("_csrf", csrf)
                        .param("name", "x".repeat(101)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("名称最多 100 个字符。");

        mvc.perform(post("/account/tokens").session(officer).param("_csrf", csrf).param("name", "y".repeat(100)))
                .andExpect(status().isOk());
    }

    @Test
    void creatingWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        MockHttpSession officer = logIn(mvc, "cb.officer");

        mvc.perform(post("/account/tokens").session(officer).param("name", "forged")).andExpect(status().isForbidden());
    }

    @Test
    void meNeedsAValidToken() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer lia_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokensPageNeedsLogIn() throws Exception {
        mvc.perform(get("/account/tokens")).andExpect(redirectedUrl("/login"));
    }

    private String create(MockHttpSession session, String name) throws Exception {
        String csrf = csrfFrom(mvc, session, "/account/tokens");
        return rawTokenOn(html(post("/account/tokens").session(session).param("_csrf", csrf).param("name", name)));
    }

    private long idOf(MockHttpSession session, String name) {
        return accounts.tokens(officerNamed(session)).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private CurrentOfficer officerNamed(MockHttpSession session) {
        var context = (org.springframework.security.core.context.SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        String username = context.getAuthentication().getName();
        return accounts.findLogin(username).orElseThrow().officer();
    }

    private static String rawTokenOn(String page) {
        Matcher m = Pattern.compile("data-testid=\"raw-token\">(lia_[^<]+)<").matcher(page);
        assertThat(m.find()).as("the raw token on the page").isTrue();
        return m.group(1);
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
