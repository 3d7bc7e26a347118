package org.liaison.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.directory.Directory;
import org.liaison.directory.OfficerAccounts;
import org.liaison.search.internal.Criteria;
import org.liaison.search.internal.SearchService;
import org.liaison.shared.CurrentOfficer;
import org.liaison.support.Eventually;
import org.liaison.support.FormLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searching the Cao Bang demo node: Vietnamese with or without diacritics, Chinese by any two characters, the
 * filters, what each reader may see (another unit fewer, an administrator nothing), bad input answered in the
 * reader's language, the audit line, and a new report found as soon as it is sent.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class SearchIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ROUTE_REPORT = uuid("report:vn-route-tra-linh");
    static final String METH_REPORT = uuid("report:cn-meth-pingxiang");
    static final String INFO_TA_LUNG = uuid("request:vn-info-ta-lung");
    static final String VERIFY_SON = uuid("request:cn-verify-son");
    static final String TRUNG_KHANH_CASE = uuid("case:trung-khanh-drugs");

    @Autowired
    MockMvc mvc;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    SearchService search;
    @Autowired
    Directory directory;
    @Autowired
    AuditLog audit;
    final Map<String, String> tokens = new HashMap<>();

    static String uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Test
    void vietnameseWordsFindTheSeededRecordsWithOrWithoutDiacritics() throws Exception {
        // from 2018: the 41 closed drug cases of 2017 say "ma túy" too
        JsonNode plain = api("cb.officer", "q=ma tuy&from=2018-01-01", "en");
        JsonNode exact = api("cb.officer", "q=ma túy&from=2018-01-01", "en");

        assertThat(ids(plain)).contains(ROUTE_REPORT, INFO_TA_LUNG, TRUNG_KHANH_CASE).isEqualTo(ids(exact));
        JsonNode route = hit(plain, ROUTE_REPORT);
        assertThat(route.get("kind").asString()).isEqualTo("REPORT");
        assertThat(route.get("title").asString()).isEqualTo("Tuyến vận chuyển ma túy qua khu vực cửa khẩu Trà Lĩnh");
        assertThat(route.get("snippet").asString()).contains("<mark>ma</mark> <mark>túy</mark>");
        assertThat(route.get("link").asString()).isEqualTo("/reports/" + ROUTE_REPORT);
        assertThat(route.get("status").asString()).isEqualTo("SENT");
        // a word of a reply in the thread finds the request it answers
        assertThat(ids(api("cb.officer", "q=Ha Lang ho chieu", "en"))).containsExactly(VERIFY_SON);
    }

    @Test
    void chineseIsFoundByAnyTwoAdjacentCharactersAndCasesShowTheReadersTitle() throws Exception {
        assertThat(ids(api("cb.officer", "q=冰毒", "zh-CN"))).contains(METH_REPORT);
        assertThat(ids(api("cb.officer", "q=输线", "zh-CN"))).contains(METH_REPORT);

        JsonNode heroin = api("cb.officer", "q=海洛因&kind=CASE", "zh-CN");
        assertThat(ids(heroin)).contains(TRUNG_KHANH_CASE);
        assertThat(hit(heroin, TRUNG_KHANH_CASE).get("title").asString()).isEqualTo("612T专案：经重庆县边境运输海洛因和合成毒品团伙案");
        assertThat(hit(heroin, TRUNG_KHANH_CASE).get("snippet").asString()).contains("<mark>");
        // the drug seized is named in every language: the Vietnamese word finds the case too
        assertThat(ids(api("cb.officer", "q=heroin&kind=CASE", "vi"))).contains(TRUNG_KHANH_CASE);
    }

    @Test
    void filtersNarrowByKindCrimeAreaUnitPeriodAndStatusAndWithoutWordsListNewestFirst() throws Exception {
        JsonNode closed2017 = api("cb.auditor", "kind=CASE&from=2017-01-01&to=2017-12-31&status=CLOSED", "en");
        assertThat(closed2017.get("hits")).hasSize(SearchService.PAGE_SIZE);
        assertThat(closed2017.get("more").asBoolean()).isTrue();
        List<LocalDate> days = new ArrayList<>();
        closed2017.get("hits").forEach(h -> {
            assertThat(h.get("kind").asString()).isEqualTo("CASE");
            assertThat(h.get("status").asString()).isEqualTo("CLOSED");
            days.add(LocalDate.parse(h.get("date").asString()));
        });
        assertThat(days).allMatch(d -> d.getYear() == 2017).isSortedAccordingTo((a, b) -> b.compareTo(a));

        JsonNode drugsOfTheDistrict = api("cb.officer", "area=DRUGS&unit=VN-CB/CB-TK", "en");
        assertThat(ids(drugsOfTheDistrict)).contains(TRUNG_KHANH_CASE).doesNotContain(ROUTE_REPORT, METH_REPORT);
        drugsOfTheDistrict.get("hits").forEach(h -> assertThat(h.get("crimeArea").asString()).isEqualTo("DRUGS"));

        assertThat(ids(api("cb.officer", "q=ma tuy&kind=REQUEST&status=PARTIALLY_ANSWERED", "en")))
                .containsExactly(INFO_TA_LUNG);
        // Guangxi's report is in Chinese; the name of its crime area (Ma túy) finds it (other tests in this context
        // may have received more drug reports, so only what the filter keeps out is checked besides it)
        JsonNode received = api("cb.officer", "q=ma tuy&kind=REPORT&status=RECEIVED", "en");
        assertThat(ids(received)).contains(METH_REPORT).doesNotContain(ROUTE_REPORT);
        received.get("hits").forEach(h -> {
            assertThat(h.get("kind").asString()).isEqualTo("REPORT");
            assertThat(h.get("status").asString()).isEqualTo("RECEIVED");
        });
    }

    @Test
    void eachReaderFindsOnlyWhatTheyMayOpenAndAnAdministratorNothing() {
        Criteria everything = Criteria.parse("", null, null, null, null, null, null, null);
        CurrentOfficer hoa = accounts.findLogin("cb.officer").orElseThrow().officer();
        long district = directory.unit("VN-CB", "CB-HL").orElseThrow().id();
        CurrentOfficer elsewhere = new CurrentOfficer(9999, "hl.officer", "Officer of Ha Lang", "VN-CB", district,
                Set.of("OFFICER"));
        CurrentOfficer admin = accounts.findLogin("cb.admin").orElseThrow().officer();

        Criteria recentDrugs = Criteria.parse("ma tuy", null, null, null, "2018-01-01", null, null, null);
        List<SearchService.Hit> hoaSees = search.search(recentDrugs, hoa, "127.0.0.1").hits();
        List<SearchService.Hit> elsewhereSees = search.search(recentDrugs, elsewhere, "127.0.0.1").hits();

        // the reports and requests of the counter-narcotics division are not the district's (unless passed on to
        // it); cases are every officer's
        assertThat(hoaSees).extracting(SearchService.Hit::id).contains(ROUTE_REPORT, INFO_TA_LUNG, TRUNG_KHANH_CASE);
        assertThat(elsewhereSees).extracting(SearchService.Hit::id).contains(TRUNG_KHANH_CASE)
                .doesNotContain(ROUTE_REPORT, INFO_TA_LUNG);
        assertThat(elsewhereSees.size()).isLessThan(hoaSees.size());
        assertThat(search.search(everything, admin, "127.0.0.1").hits()).isEmpty();
    }

    @Test
    void administratorsAreNotLetIn() throws Exception {
        MockHttpSession admin = FormLogin.logIn(mvc, "cb.admin");
        mvc.perform(get("/search").session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/search").header(HttpHeaders.AUTHORIZATION, "Bearer " + token("cb.admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsAnsweredInTheReadersLanguageAndQuerySyntaxIsJustText() throws Exception {
        String token = token("cb.officer");
        String body = mvc.perform(get("/api/v1/search?from=2024-05-31&to=2024-05-01&kind=letter")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode errors = JSON.readTree(body).get("errors");
        assertThat(errors.toString()).contains("\"field\":\"to\"", "Ngày kết thúc (2024-05-01) trước ngày bắt đầu (2024-05-31).",
                "\"field\":\"kind\"", "\\\"letter\\\" không nằm trong các lựa chọn.");
        mvc.perform(get("/api/v1/search?q=" + "a".repeat(Criteria.MAX_QUERY + 1)).header(HttpHeaders.AUTHORIZATION,
                "Bearer " + token)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/search?q=***").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isBadRequest());

        // what would be query syntax elsewhere is searched as words
        assertThat(ids(api("cb.officer", "q=\"ma AND (túy* ~", "en"))).contains(ROUTE_REPORT);

        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String page = mvc.perform(get("/search").session(officer).param("lang", "zh-CN").param("from", "2024-13-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"search-errors\"", "“2024-13-01”不是日期", "value=\"2024-13-01\"");
    }

    @Test
    void thePageAnswersHtmxWithTheResultsOnlyAndASearchShowingPersonsIsAudited() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String full = mvc.perform(get("/search").session(officer).param("lang", "vi").param("q", "Tra Linh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(full).contains("<html", "data-testid=\"nav-search\"", "data-id=\"" + ROUTE_REPORT + "\"",
                "<mark>Trà</mark> <mark>Lĩnh</mark>");
        String part = mvc.perform(get("/search").session(officer).header("HX-Request", "true").param("q", "Tra Linh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(part).doesNotContain("<html").contains("id=\"results\"", ROUTE_REPORT);

        // the route report names Nông Văn Tuấn: the search that showed it is one line with the query and what it showed
        assertThat(audit.search(new AuditQuery("cb.officer", "SEARCH", "search", null, null, null), 50))
                .extracting(r -> r.entry().detail())
                .anyMatch(d -> d.startsWith("q=\"Tra Linh\"") && d.contains("report:" + ROUTE_REPORT));
    }

    @Test
    void aCaseIsFoundAsSoonAsItIsOpenedAndChangedAndASupervisorRebuildsTheIndex() throws Exception {
        String token = token("cb.officer");
        String location = mvc.perform(post("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"crimeArea":"DRUGS","titleVi":"Kho chứa tiền chất gần cửa khẩu Sóc Giang",
                                 "summary":"Theo dõi kho chứa tiền chất ở xã Lũng Nặm.","units":["VN-CB/CB-PC04"]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String id = location.substring(location.lastIndexOf('/') + 1);
        // the index follows each change once it is committed, a moment later (the event is handled asynchronously)
        Eventually.await(() -> found("q=lung nam tien chat", id));
        assertThat(ids(api("cb.officer", "q=ketamine lung nam", "en"))).isEmpty();

        mvc.perform(post("/api/v1/cases/" + id + "/seizures").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"drugType":"KETAMINE","quantity":"2.5","unit":"KG","place":"xóm Lũng Rì",
                                 "seizedOn":"%s","seizingAgency":"VN-CB"}""".formatted(LocalDate.now().minusDays(1))))
                .andExpect(status().isCreated());
        Eventually.await(() -> found("q=ketamine lung ri", id));
        assertThat(ids(api("cb.officer", "q=氯胺酮 Sóc Giang", "zh-CN"))).containsExactly(id);

        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        mvc.perform(post("/search/rebuild").session(supervisor).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("rebuilt"));
        assertThat(ids(api("cb.officer", "q=ketamine lung ri", "en"))).containsExactly(id);
        mvc.perform(post("/search/rebuild").session(FormLogin.logIn(mvc, "cb.officer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** Whether the search finds exactly this record. */
    private boolean found(String query, String id) {
        try {
            return ids(api("cb.officer", query, "en")).equals(List.of(id));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String token(String username) {
        return tokens.computeIfAbsent(username, u ->
                accounts.createToken(accounts.findLogin(u).orElseThrow().officer(), "search test").rawToken());
    }

    private JsonNode api(String username, String query, String lang) throws Exception {
        String body = mvc.perform(get("/api/v1/search?" + query).header(HttpHeaders.AUTHORIZATION, "Bearer " + token(username))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("hits").forEach(h -> ids.add(h.get("id").asString()));
        return ids;
    }

    private static JsonNode hit(JsonNode page, String id) {
        for (JsonNode h : page.get("hits")) {
            if (h.get("id").asString().equals(id)) {
                return h;
            }
        }
        throw new AssertionError(id + " not among the hits: " + page);
    }
}
