package org.liaison.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.directory.OfficerAccounts;
import org.liaison.exchange.Peers;
import org.liaison.shared.CurrentOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The exchange pages as officers use them, through the real log-in and security rules: four-eyes release,
 * pairing with a partner's card, the partner page's guard, the REST API. The outbox worker is off, so a released
 * message stays QUEUED where the test can see it.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class MessagesPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExchangeService exchange;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    Peers peers;
    @Autowired
    AuditLog audit;
    @Autowired
    ReleaseRules releaseRules;

    PeerCardFixture guangxi;

    @BeforeEach
    void pairWithAFreshGuangxiNode() throws Exception {
        guangxi = PeerCardFixture.guangxi();
        peers.importCard(guangxi.json(), "test");
        releaseRules.replace(java.util.List.of(), new org.liaison.shared.CurrentOfficer(0, "test", "test", "VN-CB", null,
                java.util.Set.of("ADMIN")), "");
    }

    @Test
    void fourEyesMessageWaitsUntilAnotherSupervisorReleasesIt() throws Exception {
        MockHttpSession admin = login("cb.admin");
        mvc.perform(post("/admin/peers/release-rules").session(admin).with(csrf()).param("type", "exchange.probe"))
                .andExpect(redirectedUrl("/admin/peers"));
        assertThat(jdbc.queryForList("SELECT message_type FROM release_rule", String.class)).containsExactly("exchange.probe");
        assertThat(audit.search(new AuditQuery("cb.admin", "UPDATE", "release_rule", null, null, null), 5))
                .first().satisfies(r -> assertThat(r.entry().detail()).contains("[exchange.probe]"));

        UUID byOfficer = exchange.probe("CN-GX", officer("cb.officer"));
        UUID bySupervisor = exchange.probe("CN-GX", officer("cb.supervisor"));

        MockHttpSession supervisor = login("cb.supervisor");
        String list = page(get("/messages").session(supervisor));
        assertThat(row(list, byOfficer)).contains("data-state=\"AWAITING_RELEASE\"", "Awaiting release", "Test message",
                "data-testid=\"release-" + byOfficer + "\"");
        assertThat(row(list, bySupervisor)).contains("data-state=\"AWAITING_RELEASE\"", "another supervisor must release it")
                .doesNotContain("data-testid=\"release-");
        assertThat(list).contains("data-testid=\"awaiting-release\"");

        MockHttpSession officer = login("cb.officer");
        assertThat(row(page(get("/messages").session(officer)), byOfficer)).contains("AWAITING_RELEASE")
                .doesNotContain("data-testid=\"release-");
        assertThat(release(officer, byOfficer)).contains("Only a supervisor may release a message.");
        assertThat(release(supervisor, bySupervisor))
                .contains("You cannot release a message you created yourself: another supervisor must do it.");
        assertThat(state(byOfficer)).isEqualTo("AWAITING_RELEASE");
        assertThat(state(bySupervisor)).isEqualTo("AWAITING_RELEASE");

        assertThat(release(supervisor, byOfficer)).contains("Released: the message is queued for sending.");
        assertThat(state(byOfficer)).isEqualTo("QUEUED");
        String detail = page(get("/messages/" + byOfficer).session(officer));
        assertThat(detail).contains("data-state=\"QUEUED\"", "data-step=\"AWAITING_RELEASE\"", "data-step=\"RELEASED\"",
                "by cb.supervisor", "data-step=\"QUEUED\"").doesNotContain("data-step=\"SENT\"", "sentMs");
        assertThat(release(supervisor, byOfficer)).contains("This message does not wait for release (any more).");
    }

    @Test
    void administratorsTestMessageShowsInTheMessagesList() throws Exception {
        MockHttpSession admin = login("cb.admin");
        MvcResult sent = mvc.perform(post("/admin/peers/CN-GX/probe").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/peers")).andReturn();
        UUID id = (UUID) sent.getFlashMap().get("probeId");
        assertThat(state(id)).isEqualTo("QUEUED");
        String peersPage = page(get("/admin/peers").session(admin).flashAttrs(sent.getFlashMap()));
        assertThat(peersPage).contains("A test message to CN-GX is queued.", "/messages/" + id);

        String list = page(get("/messages").session(login("cb.auditor")).param("partner", "CN-GX")
                .param("type", "exchange.probe").param("direction", "OUTGOING"));
        assertThat(row(list, id)).contains("Test message", "data-state=\"QUEUED\"", "Outgoing",
                "Guangxi Public Security Bureau", "CN-GX");
        assertThat(page(get("/messages").session(admin).param("direction", "INCOMING"))).doesNotContain(id.toString());

        MvcResult unknown = mvc.perform(post("/admin/peers/LA-PS/probe").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/peers")).andReturn();
        assertThat(page(get("/admin/peers").session(admin).flashAttrs(unknown.getFlashMap())))
                .contains("This agency is not a paired partner: import its card first.");
    }

    @Test
    void refusedCardsSayWhyInTheReadersLanguageAndStoreNothing() throws Exception {
        MockHttpSession admin = login("cb.admin");
        PeerCardFixture other = PeerCardFixture.guangxi();
        String ownCard = page(get("/admin/peers/card.json").session(admin));
        List<String> stored = storedCards();
        long imports = imports();

        assertThat(importPasted(admin, ownCard, Locale.ENGLISH))
                .contains("This is this node&#39;s own card: import the partner&#39;s card instead.");
        String privateKey = importPasted(admin, other.withPrivateKey(), Locale.ENGLISH);
        assertThat(privateKey).contains("The card contains a PRIVATE key.").doesNotContain(other.privateSigningKey());
        assertThat(importPasted(admin, other.withForeignFingerprint(), Locale.ENGLISH))
                .contains("The fingerprints on the card do not match its keys");
        assertThat(importPasted(admin, "{\"format\": \"liaison-peer-card/1\", ", Locale.ENGLISH))
                .contains("This is not a partner card: the text is not valid JSON.");
        assertThat(importPasted(admin, ownCard, Locale.forLanguageTag("vi")))
                .contains("Đây là thẻ của chính máy chủ này: hãy nhập thẻ của đối tác.");
        assertThat(importPasted(admin, other.withPrivateKey(), Locale.forLanguageTag("zh-CN")))
                .contains("名片中含有私钥。");
        assertThat(importFile(admin, other.withPrivateKey().getBytes(StandardCharsets.UTF_8)))
                .contains("The card contains a PRIVATE key.");
        assertThat(importFile(admin, new byte[70 * 1024])).contains("This file is too large to be a card (at most 64 KB).");
        assertThat(importPasted(admin, "  ", Locale.ENGLISH)).contains("Paste a card or choose a card file.");

        assertThat(storedCards()).as("nothing stored").isEqualTo(stored);
        assertThat(imports()).as("nothing audited as imported").isEqualTo(imports);
    }

    @Test
    void importedCardReplacesThePartnersKeysAndIsAudited() throws Exception {
        MockHttpSession admin = login("cb.admin");
        PeerCardFixture rotated = PeerCardFixture.guangxi();
        long imports = imports();

        MvcResult done = mvc.perform(multipart("/admin/peers/import").file(new MockMultipartFile("file", "cn-gx.json",
                        "application/json", rotated.json().getBytes(StandardCharsets.UTF_8))).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/peers")).andReturn();

        String page = page(get("/admin/peers").session(admin).flashAttrs(done.getFlashMap()));
        assertThat(page).contains("Card of CN-GX imported", rotated.fingerprints().get(0), rotated.fingerprints().get(1));
        assertThat(imports()).isEqualTo(imports + 1);
    }

    @Test
    void statusNoticesCannotBePutUnderFourEyes() throws Exception {
        MockHttpSession admin = login("cb.admin");
        assertThat(page(get("/admin/peers").session(admin))).contains("data-testid=\"rule-exchange.probe\"")
                .doesNotContain("rule-exchange.status");

        MvcResult r = mvc.perform(post("/admin/peers/release-rules").session(admin).with(csrf())
                        .param("type", "exchange.probe").param("type", "exchange.status"))
                .andExpect(redirectedUrl("/admin/peers")).andReturn();

        assertThat(page(get("/admin/peers").session(admin).flashAttrs(r.getFlashMap())))
                .contains("A message type that cannot be put under four-eyes release was sent; nothing was changed.");
        assertThat(jdbc.queryForList("SELECT message_type FROM release_rule", String.class)).isEmpty();
    }

    @Test
    void onlyAdministratorsReachThePartnerPages() throws Exception {
        for (String user : List.of("cb.officer", "cb.supervisor", "cb.auditor")) {
            MockHttpSession s = login(user);
            mvc.perform(get("/admin/peers").session(s)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/peers/card.json").session(s)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/peers/import").session(s).with(csrf()).param("card", guangxi.json()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/peers/CN-GX/probe").session(s).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/peers/release-rules").session(s).with(csrf()).param("type", "exchange.probe"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForList("SELECT message_type FROM release_rule", String.class)).isEmpty();

        MockHttpSession admin = login("cb.admin");
        String page = page(get("/admin/peers").session(admin));
        assertThat(page).contains(peers.ownCard().nodeId(), peers.ownCard().fingerprints().get(0), "data-peer=\"CN-GX\"",
                "Send test message");
        mvc.perform(get("/admin/peers/card.json").session(admin))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"liaison-card-VN-CB.json\""))
                .andExpect(jsonPath("$.agency").value("VN-CB"))
                .andExpect(jsonPath("$.fingerprints[0]").value(peers.ownCard().fingerprints().get(0)));
    }

    @Test
    void listsFiftyAPageWithLinksThatKeepTheFilters() throws Exception {
        CurrentOfficer officer = officer("cb.officer");
        for (int i = 0; i < 51; i++) {
            exchange.probe("CN-GX", officer);
        }
        MockHttpSession auditor = login("cb.auditor");

        String first = page(get("/messages").session(auditor).param("direction", "OUTGOING").param("type", "exchange.probe"));
        assertThat(first.split("<tr data-message=")).hasSize(51);
        assertThat(first).contains("href=\"/messages?direction=OUTGOING&amp;type=exchange.probe&amp;page=2\"")
                .doesNotContain("data-testid=\"page-previous\"");

        String second = page(get("/messages").session(auditor).param("direction", "OUTGOING").param("type", "exchange.probe")
                .param("page", "2"));
        assertThat(second).contains("href=\"/messages?direction=OUTGOING&amp;type=exchange.probe&amp;page=1\"", "Page 2");
        assertThat(second.split("<tr data-message=").length).isGreaterThan(1);
    }

    @Test
    void unknownMessageIsNotFound() throws Exception {
        MockHttpSession officer = login("cb.officer");
        mvc.perform(get("/messages/" + UUID.randomUUID()).session(officer)).andExpect(status().isNotFound());
        mvc.perform(get("/messages/not-a-message").session(officer)).andExpect(status().isNotFound());
    }

    @Test
    void pagesExistInVietnameseChineseAndEnglish() throws Exception {
        UUID id = exchange.probe("CN-GX", officer("cb.officer"));
        MockHttpSession admin = login("cb.admin");
        for (String lang : List.of("vi", "zh-CN", "en")) {
            for (String path : List.of("/messages", "/messages/" + id, "/admin/peers")) {
                String html = page(get(path).session(admin).param("lang", lang));
                assertThat(html).as("%s in %s", path, lang).doesNotContain("??").contains("lang=\"" + lang + "\"");
            }
        }
        assertThat(row(page(get("/messages").session(admin).param("lang", "vi")), id))
                .contains("Thông điệp thử nghiệm", "Trong hàng đợi", "Công an Khu tự trị dân tộc Choang Quảng Tây");
        assertThat(row(page(get("/messages").session(admin).param("lang", "zh-CN")), id))
                .contains("测试消息", "排队中", "广西壮族自治区公安厅");
    }

    @Test
    void apiListsMessagesAndPairsPartnersForAdministratorsOnly() throws Exception {
        UUID id = exchange.probe("CN-GX", officer("cb.officer"));
        String officerToken = accounts.createToken(officer("cb.officer"), "test").rawToken();
        String adminToken = accounts.createToken(officer("cb.admin"), "test").rawToken();

        mvc.perform(get("/api/v1/messages").header("Authorization", "Bearer " + officerToken)
                        .param("direction", "OUTGOING").param("partner", "CN-GX").param("state", "QUEUED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].type").value("exchange.probe"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].createdBy").value("cb.officer"));
        mvc.perform(get("/api/v1/messages").header("Authorization", "Bearer " + officerToken).param("state", "LOST"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_filter"))
                .andExpect(jsonPath("$.message").value("These filter values mean nothing: state"));
        mvc.perform(get("/api/v1/messages/" + id).header("Authorization", "Bearer " + officerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sender").value("VN-CB"))
                .andExpect(jsonPath("$.recipient").value("CN-GX"))
                .andExpect(jsonPath("$.state").value("QUEUED"))
                .andExpect(jsonPath("$.timeline[*].step").value(org.hamcrest.Matchers.contains("CREATED", "QUEUED")))
                .andExpect(jsonPath("$.payload").doesNotExist());
        mvc.perform(get("/api/v1/messages/" + UUID.randomUUID()).header("Authorization", "Bearer " + officerToken))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/admin/peers").header("Authorization", "Bearer " + officerToken))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/peers").header("Authorization", "Bearer " + officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(guangxi.json()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/peers").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].agency").value("CN-GX"));
        String ownCard = mvc.perform(get("/api/v1/admin/peers/card").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.agency").value("VN-CB"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/admin/peers").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(ownCard).locale(Locale.forLanguageTag("vi")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("own"))
                .andExpect(jsonPath("$.message").value("Đây là thẻ của chính máy chủ này: hãy nhập thẻ của đối tác."));
        PeerCardFixture rotated = PeerCardFixture.guangxi();
        mvc.perform(post("/api/v1/admin/peers").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content(rotated.json()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agency").value("CN-GX"))
                .andExpect(jsonPath("$.fingerprints[0]").value(rotated.fingerprints().get(0)));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    MockHttpSession login(String username) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(username).password("liaison-demo"))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    CurrentOfficer officer(String username) {
        return accounts.findLogin(username).orElseThrow().officer();
    }

    /** The page in English unless the request says otherwise, after checking it rendered. */
    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Posts a release from the list and returns the list as the browser shows it after the redirect. */
    String release(MockHttpSession session, UUID id) throws Exception {
        MvcResult r = mvc.perform(post("/messages/" + id + "/release").session(session).with(csrf()))
                .andExpect(redirectedUrl("/messages")).andReturn();
        return page(get("/messages").session(session).flashAttrs(r.getFlashMap()));
    }

    String importPasted(MockHttpSession admin, String card, Locale locale) throws Exception {
        return mvc.perform(multipart("/admin/peers/import").param("card", card).session(admin).with(csrf()).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String importFile(MockHttpSession admin, byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/peers/import")
                        .file(new MockMultipartFile("file", "card.json", "application/json", content))
                        .session(admin).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String state(UUID id) {
        return jdbc.queryForObject("SELECT state FROM outbox WHERE message_id = ?", String.class, id);
    }

    List<String> storedCards() {
        return jdbc.queryForList("SELECT agency_code || ' ' || card_json FROM peer ORDER BY agency_code", String.class);
    }

    long imports() {
        return audit.search(new AuditQuery(null, "PEER_UPDATE", "peer", null, null, null), 10_000).size()
                + audit.search(new AuditQuery(null, "PEER_IMPORT", "peer", null, null, null), 10_000).size();
    }

    /** The table row of one message. */
    static String row(String html, UUID id) {
        int start = html.indexOf("data-message=\"" + id + "\"");
        assertThat(start).as("row of message %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
