package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.directory.OfficerAccounts;
import org.liaison.support.FormLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Joint cases on the Cao Bang demo node as its officers, auditor and administrator meet them: the seeded cases in
 * the list and on their pages in three languages, opening a case and recording seizures, tasks and links through the
 * forms, bad input refused next to its field with nothing changed, the REST API with the same rules, and an audit
 * line for every person shown.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class CasesIntegrationTest {

    static final UUID TRUNG_KHANH = demo("case:trung-khanh-drugs");
    static final UUID SON = demo("case:son-trafficking");
    static final UUID TUAN = demo("case:tuan-escape");
    static final UUID LUO = demo("person:vn-luo");
    static final UUID SON_PERSON = demo("person:cn-son");
    static final UUID QIN = demo("person:cn-qin");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficerAccounts accounts;

    static UUID demo(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    // --- reading ---

    @Test
    void theListShowsOwnAndPartnersCasesAndFilters() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String all = page(get("/cases").session(officer), "en");
        assertThat(all).contains("Chuyên án 612T", "Vụ Nguyễn Văn Sơn", "from Guangxi Public Security Bureau", "1 to decide");
        String closed = page(get("/cases").param("status", "CLOSED").session(officer), "en");
        assertThat(closed).contains("Truy bắt Nông Văn Tuấn").doesNotContain("Chuyên án 612T");
        String district = page(get("/cases").param("unit", "CN-GX/GX-DX").session(officer), "zh-CN");
        assertThat(district).contains("612T专案").doesNotContain("阮文山等人");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi    | Chuyên án 612T | 1.2 kg · Heroin | 6000 viên · Ma túy tổng hợp dạng viên (methamphetamine) | Đã từ chối
            zh-CN | 612T专案       | 1.2 千克 · 海洛因 | 6000 粒 · 甲基苯丙胺片剂（麻古）                          | 已拒绝
            en    | Chuyên án 612T | 1.2 kg · Heroin | 6000 tablets · Methamphetamine tablets                    | Rejected
            """)
    void theCasePageShowsCoreSeizureTotalsPersonsProposalsAndHistoryInTheReadersLanguage(
            String lang, String title, String heroin, String tablets, String rejected) throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String page = HtmlUtils.htmlUnescape(page(get("/cases/" + TRUNG_KHANH).session(officer), lang));

        assertThat(page).contains(title, heroin, tablets, rejected, "罗振邦 · Luó Zhènbāng · La Chấn Bang",
                "Chưa có căn cứ cho thấy đường dây hoạt động tại huyện Long Châu",
                "href=\"/reports/" + demo("report:vn-route-tra-linh") + "\"",
                "Xác minh các tài khoản nhận tiền của đường dây");
        // crystal methamphetamine was recorded in grams and is totalled in kilograms
        assertThat(totals(page)).contains("0.85");
        assertThat(page).doesNotContain("核查大新县硕龙镇落脚点"); // Guangxi's own task stays on Guangxi
    }

    @Test
    void everyPersonShownOnACaseIsAnAuditedRead() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        long before = reads("cb.officer", LUO);
        long sonBefore = reads("cb.officer", SON_PERSON);

        page(get("/cases/" + TRUNG_KHANH).session(officer), "en");
        page(get("/cases/" + SON).session(officer), "en");

        assertThat(reads("cb.officer", LUO)).isEqualTo(before + 1);
        // Guangxi's record of Nguyễn Văn Sơn is not held here: the names came with the case, the read is audited all the same
        assertThat(reads("cb.officer", SON_PERSON)).isEqualTo(sonBefore + 1);
        assertThat(audit.search(new AuditQuery("cb.officer", "READ", "joint_case", TRUNG_KHANH.toString(), null, null), 10))
                .isNotEmpty();
    }

    @Test
    void auditorsReadAndAdministratorsSeeNoCases() throws Exception {
        MockHttpSession auditor = FormLogin.logIn(mvc, "cb.auditor");
        String page = page(get("/cases/" + TRUNG_KHANH).session(auditor), "en");
        assertThat(page).contains("Chuyên án 612T").doesNotContain("data-testid=\"seizure-form\"", "data-testid=\"accept\"");
        mvc.perform(post("/cases/" + TRUNG_KHANH + "/tasks").session(auditor).with(csrf())).andExpect(status().isForbidden());

        MockHttpSession admin = FormLogin.logIn(mvc, "cb.admin");
        mvc.perform(get("/cases").session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + TRUNG_KHANH).session(admin)).andExpect(status().isForbidden());
    }

    // --- changing through the forms ---

    @Test
    void anOfficerOpensACaseRecordsASeizureAndSetsATask() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String location = mvc.perform(post("/cases/new").session(officer).with(csrf())
                        .param("crimeArea", "FIREARMS").param("titleVi", "Vận chuyển trái phép súng qua cửa khẩu Sóc Giang")
                        .param("summary", "Nguồn tin cho biết một nhóm đưa súng quân dụng qua đường mòn Hà Quảng.")
                        .param("units", "VN-CB/CB-PD", "VN-CB/CB-BLO"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/cases/[0-9a-f-]{36}");

        mvc.perform(post(location + "/seizures").session(officer).with(csrf()).param("drugType", "CANNABIS")
                        .param("quantity", "2.5").param("unit", "KG").param("place", "Hà Quảng, Cao Bằng")
                        .param("seizedOn", today().minusDays(1).toString()).param("seizingAgency", "VN-CB"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/tasks").session(officer).with(csrf()).param("title", "Làm việc với Đồn Biên phòng")
                        .param("owner", "cb.supervisor").param("dueOn", today().plusDays(3).toString()))
                .andExpect(status().is3xxRedirection());

        String page = HtmlUtils.htmlUnescape(page(get(location).session(officer), "en"));
        assertThat(page).contains("Vận chuyển trái phép súng qua cửa khẩu Sóc Giang", "2.5 kg · Cannabis",
                "Làm việc với Đồn Biên phòng", "Hoàng Văn Nam", "Illicit firearms and ammunition");
        assertThat(page).contains("data-testid=\"revision\">2<");
    }

    @Test
    void anOfficerFindsAPersonOnTheCasePageAndLinksIt() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String location = mvc.perform(post("/cases/new").session(officer).with(csrf()).param("crimeArea", "TELECOM_FRAUD")
                        .param("titleVi", "Lừa đảo qua mạng viễn thông nhắm vào người dân Cao Bằng")
                        .param("summary", "Nhóm gọi điện giả danh công an từ Quảng Tây.").param("units", "VN-CB/CB-CSDT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        String search = HtmlUtils.htmlUnescape(page(get(location).param("personQ", "qin hai").session(officer), "en"));
        assertThat(search).contains("data-choice=\"" + QIN + "\"", "覃海生").doesNotContain("data-choice=\"" + LUO + "\"");

        mvc.perform(post(location + "/persons").session(officer).with(csrf()).param("personId", QIN.toString())
                        .param("role", "SUSPECT"))
                .andExpect(status().is3xxRedirection());
        String page = HtmlUtils.htmlUnescape(page(get(location).session(officer), "en"));
        assertThat(page).contains("href=\"/persons/" + QIN + "\"", "覃海生 · Qín Hǎishēng · QIN HAISHENG · Đàm Hải Sinh",
                "Suspect", "Person linked.");
        assertThat(audit.search(new AuditQuery("cb.officer", "LINK", "person", QIN.toString(), null, null), 10)).hasSize(1);

        String refused = HtmlUtils.htmlUnescape(mvc.perform(post(location + "/persons").param("lang", "en").session(officer)
                        .with(csrf()).param("personId", UUID.randomUUID().toString()).param("role", "SUSPECT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("data-testid=\"person-error\"", "No person record");
    }

    @Test
    void aCaseWithoutTitleOrUnitsIsRefusedNextToTheFieldsAndNothingIsSaved() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int before = count("joint_case");

        String page = mvc.perform(post("/cases/new").param("lang", "en").session(officer).with(csrf())
                        .param("crimeArea", "SMUGGLING").param("titleZh", "走私案").param("summary", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "case", "crimeArea")).isEqualTo("“SMUGGLING” is not one of the choices.");
        assertThat(fieldError(page, "case", "titleVi"))
                .isEqualTo("Required: the title in the originating agency’s language (Vietnamese).");
        assertThat(fieldError(page, "case", "summary")).isEqualTo("Required.");
        assertThat(fieldError(page, "case", "units")).isEqualTo("Choose at least one participating unit.");
        assertThat(page).contains("value=\"走私案\"");
        assertThat(count("joint_case")).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            drugType | HEROINE | quantity | 1     | “HEROINE” is not one of the choices.
            quantity | HEROIN  | quantity | -2    | The quantity must be more than zero.
            quantity | HEROIN  | quantity | 1,5   | “1,5”: write decimals with a point and no thousands separators, e.g. 1.25 or 6000.
            quantity | HEROIN  | quantity | lots  | “lots” is not a number.
            unit     | HEROIN  | unit     | 12    | Heroin is not counted in tablets; choose g, kg or litres.
            """)
    void aBadSeizureIsRefusedNextToItsFieldAndTheCaseStaysAsItWas(String field, String drug, String ignored,
                                                                 String quantity, String message) throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int revision = revision(TRUNG_KHANH);

        String page = mvc.perform(post("/cases/" + TRUNG_KHANH + "/seizures").param("lang", "en").session(officer)
                        .with(csrf()).param("drugType", drug).param("quantity", quantity)
                        .param("unit", field.equals("unit") ? "TABLETS" : "KG").param("place", "Trà Lĩnh")
                        .param("seizedOn", today().toString()).param("seizingAgency", "VN-CB"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "seizure", field)).isEqualTo(message);
        assertThat(revision(TRUNG_KHANH)).isEqualTo(revision);
    }

    @Test
    void aTaskDueInThePastOrWithAStrangerAsOwnerIsRefused() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int before = count("case_task");

        String page = mvc.perform(post("/cases/" + TRUNG_KHANH + "/tasks").param("lang", "en").session(officer)
                        .with(csrf()).param("title", "Gặp phía bạn tại Thủy Khẩu").param("owner", "gx.officer")
                        .param("dueOn", today().minusDays(1).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "task", "owner")).isEqualTo("“gx.officer” is not an officer of this agency who works cases.");
        assertThat(fieldError(page, "task", "dueOn")).isEqualTo("The due date " + today().minusDays(1)
                + " has passed (today is " + today() + ").");
        String far = mvc.perform(post("/cases/" + TRUNG_KHANH + "/tasks").param("lang", "vi").session(officer)
                        .with(csrf()).param("title", "Tổng kết").param("owner", "cb.officer")
                        .param("dueOn", today().plusYears(6).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(far, "task", "dueOn")).isEqualTo("Hạn hoàn thành không quá 5 năm kể từ nay.");
        assertThat(count("case_task")).isEqualTo(before);
    }

    @Test
    void aClosedCaseTakesNoMoreChangesAndSaysWhy() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int tasks = count("case_task");

        mvc.perform(post("/cases/" + TUAN + "/tasks").session(officer).with(csrf()).param("title", "Thêm")
                        .param("owner", "cb.officer").param("dueOn", today().toString()))
                .andExpect(status().is3xxRedirection());
        String page = HtmlUtils.htmlUnescape(page(get("/cases/" + TUAN).session(officer), "en"));
        assertThat(page).contains("The case is closed; nothing on it changes any more.");
        assertThat(count("case_task")).isEqualTo(tasks);
        assertThat(page).doesNotContain("data-testid=\"edit-case\"", "data-testid=\"task-form\"");
    }

    @Test
    void onAPartnersCaseTheFormsProposeAndADirectChangeIsRefused() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int revision = revision(SON);

        String page = page(get("/cases/" + SON).session(officer), "en");
        assertThat(page).contains("action=\"/cases/" + SON + "/seizures/propose\"", "Propose changes")
                .doesNotContain("data-testid=\"accept\"", "data-testid=\"share-form\"");

        mvc.perform(post("/cases/" + SON + "/seizures").session(officer).with(csrf()).param("drugType", "HEROIN")
                        .param("quantity", "1").param("unit", "KG").param("place", "Hạ Lang")
                        .param("seizedOn", today().toString()).param("seizingAgency", "VN-CB"))
                .andExpect(status().is3xxRedirection());
        String after = HtmlUtils.htmlUnescape(page(get("/cases/" + SON).session(officer), "en"));
        assertThat(after).contains("This case belongs to CN-GX: only they change its shared part.");
        assertThat(revision(SON)).isEqualTo(revision);
    }

    // --- REST API ---

    @Test
    void theApiOpensChangesAndListsCasesAndGivesStatistics() throws Exception {
        String token = token("cb.officer");
        String location = mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"crimeArea":"ILLEGAL_IMMIGRATION","titleVi":"Đưa người xuất cảnh trái phép qua Trà Lĩnh",
                                 "titleZh":"经龙邦组织偷越国境案","summary":"Nhóm môi giới đưa lao động sang Quảng Tây.",
                                 "units":["VN-CB/CB-BLO","CN-GX/GX-JX"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.agencies[1]").value("CN-GX"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(put(location).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\":1,\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.titleZh").value("经龙邦组织偷越国境案"));
        mvc.perform(put(location).header("Authorization", "Bearer " + token).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"revision\":1,\"status\":\"OPEN\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The case changed since you opened the form (version 1, now 2); nothing was saved. Open it again."));

        mvc.perform(post(location + "/seizures").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"drugType":"OPIUM","quantity":0.75,"unit":"KG","place":"Trà Lĩnh",
                                 "seizedOn":"%s","seizingAgency":"VN-CB"}""".formatted(today())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.revision").value(3))
                .andExpect(jsonPath("$.seizureTotals[0].drugType").value("OPIUM"))
                .andExpect(jsonPath("$.seizureTotals[0].quantity").value(0.75));
        mvc.perform(get("/api/v1/cases").param("crimeArea", "ILLEGAL_IMMIGRATION").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].titleVi").value("Đưa người xuất cảnh trái phép qua Trà Lĩnh"));
        mvc.perform(get("/api/v1/cases/statistics").param("from", today().minusDays(100).toString())
                        .param("to", today().toString()).param("partner", "CN-GX")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.casesByCrimeArea.DRUGS").value(1))
                .andExpect(jsonPath("$.seizures[0].drugType").value("HEROIN"))
                .andExpect(jsonPath("$.seizures[0].quantity").value(1.2));
    }

    @Test
    void theApiRefusesBadInputInTheCallersLanguageAndPartnersCoreEdits() throws Exception {
        String token = token("cb.officer");
        int cases = count("joint_case");

        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"crimeArea\":\"DRUGS\",\"summary\":\"x\",\"units\":[\"VN-CB/NOPE\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='titleVi')].message").value("必填：主办机关语言（越南文）的案件名称。"))
                .andExpect(jsonPath("$.errors[?(@.field=='units')].message").value("“VN-CB/NOPE”不是通讯录中的单位。"));
        mvc.perform(post("/api/v1/cases/" + TRUNG_KHANH + "/seizures").header("Authorization", "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"drugType":"KETAMINE","quantity":"-0.5","unit":"KG","place":"Trùng Khánh",
                                 "seizedOn":"%s","seizingAgency":"VN-CB"}""".formatted(today().plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='quantity')].message").value("The quantity must be more than zero."))
                .andExpect(jsonPath("$.errors[?(@.field=='seizedOn')].message").value(today().plusDays(1) + " is in the future."));
        mvc.perform(put("/api/v1/cases/" + SON).header("Authorization", "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\":%d,\"summary\":\"changed\"}".formatted(revision(SON))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "This case belongs to CN-GX: only they change its shared part. Propose the change instead; CN-GX decides."));
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
        assertThat(count("joint_case")).isEqualTo(cases);
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token("cb.auditor"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    // --- helpers ---

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    int revision(UUID c) {
        return jdbc.queryForObject("SELECT revision FROM joint_case WHERE id = ?", Integer.class, c);
    }

    long reads(String actor, UUID person) {
        return audit.search(new AuditQuery(actor, "READ", "person", person.toString(), null, null), 10_000).size();
    }

    String token(String username) {
        return accounts.createToken(accounts.findLogin(username).orElseThrow().officer(), "test " + UUID.randomUUID()).rawToken();
    }

    static String totals(String page) {
        Matcher m = Pattern.compile("data-testid=\"totals\".*?</table>", Pattern.DOTALL).matcher(page);
        return m.find() ? m.group() : "";
    }

    /** The error shown next to a field of one of the page's forms, unescaped, or null. */
    static String fieldError(String page, String form, String field) {
        Matcher m = Pattern.compile("data-testid=\"error-" + form + "-" + Pattern.quote(field) + "\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }
}
