package org.liaison.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Reports and requests on the Cao Bang demo node as its officers, supervisor, auditor and administrator meet them:
 * the seeded history, the deadline dashboard, the handling conditions shown on the page and on paper, refusals of
 * bad input next to the fields with nothing stored and nothing queued for the partner, the REST API's errors, the
 * notifications, and an audit line for every person read. Sending across is the two-node test's.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class CooperationIntegrationTest {

    static final UUID ROUTE_REPORT = uuid("report:vn-route-tra-linh");
    static final UUID METH_REPORT = uuid("report:cn-meth-pingxiang");
    static final UUID LOCATE_QIN = uuid("request:cn-locate-qin");
    static final UUID INFO_TA_LUNG = uuid("request:vn-info-ta-lung");
    static final UUID VERIFY_SON = uuid("request:cn-verify-son");
    static final UUID QIN = uuid("person:cn-qin");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficerAccounts accounts;

    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    // --- the seeded history ---

    @Test
    void theSupervisorsDashboardShowsWhatIsOverdueAndWhatIsDueSoonOnEachSide() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");

        String page = page(get("/cooperation").session(supervisor), "en");

        // Guangxi's urgent locate request is due within hours; our request about Ta Lung is past its deadline
        assertThat(count(page, "toAnswer-soon")).isEqualTo(1);
        assertThat(count(page, "toAnswer-overdue")).isZero();
        assertThat(count(page, "awaited-overdue")).isEqualTo(1);
        assertThat(section(page, "side-toAnswer")).contains(LOCATE_QIN.toString()).doesNotContain(VERIFY_SON.toString());
        assertThat(section(page, "side-awaited")).contains(INFO_TA_LUNG.toString(), "overdue");
    }

    @Test
    void anOfficerSeesOnlyWhatTheyWroteOrWereGivenOnTheDashboard() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String page = page(get("/cooperation").session(officer), "en");

        // the urgent request is not assigned yet and the overdue one is the supervisor's
        assertThat(page).doesNotContain(LOCATE_QIN.toString(), INFO_TA_LUNG.toString());
        assertThat(count(page, "awaited-open")).isEqualTo(1);
    }

    @Test
    void aReceivedReportShowsItsConditionsProminentlyAndTheNotForCourtBannerAlsoOnPaper() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String page = page(get("/reports/" + METH_REPORT).session(officer), "en");
        assertThat(HtmlUtils.htmlUnescape(section(page, "conditions-banner"))).contains(
                "NOT FOR COURT: this report may not be used as evidence without the consent of Guangxi Public Security Bureau.",
                "Use only to prevent and fight crime", "如需将本线索用于诉讼");
        assertThat(page).contains("凭祥方向冰毒跨境运输线索", "B3", "覃海生 / Qín Hǎishēng");
        assertThat(page).containsPattern("Date of the facts</th>\\s*<td[^>]*>\\d{4}-\\d{2}-\\d{2}</td>");

        String print = page(get("/reports/" + METH_REPORT + "/print").session(officer), "vi");
        assertThat(print).contains("KHÔNG DÙNG TRƯỚC TÒA", "data-testid=\"not-for-court\"").doesNotContain("nav class=\"main\"");

        // the read, and the person shown on it, are in the audit log
        assertThat(audit.search(new AuditQuery("cb.officer", "READ", "report", METH_REPORT.toString(), null, null), 10)).isNotEmpty();
        assertThat(audit.search(new AuditQuery("cb.officer", "READ", "person", QIN.toString(), null, null), 10))
                .extracting(r -> r.entry().detail()).contains("report " + METH_REPORT);
    }

    @Test
    void aReportWithoutTheNoOnwardSharingConditionIsPassedOnToAnotherOwnUnit() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        long district = jdbc.queryForObject("SELECT id FROM unit WHERE agency_code = 'VN-CB' AND code = 'CB-HL'", Long.class);

        var forwarded = mvc.perform(post("/reports/" + METH_REPORT + "/forward").session(supervisor).with(csrf())
                        .param("unit", String.valueOf(district)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(forwarded.getFlashMap().get("done")).isEqualTo("forwarded");

        String page = page(get("/reports/" + METH_REPORT).session(supervisor), "en");
        assertThat(page).contains("Passed on to", "Ha Lang District Police", "data-kind=\"FORWARDED\"");
        // the demo's report from Trung Khanh reached the division the same way
        assertThat(page(get("/reports").session(supervisor), "en")).contains(uuid("report:vn-crossings-trung-khanh").toString());
    }

    @Test
    void auditorsReadAndAdministratorsSeeNoReportsOrRequests() throws Exception {
        MockHttpSession auditor = FormLogin.logIn(mvc, "cb.auditor");
        assertThat(page(get("/requests/" + VERIFY_SON).session(auditor), "en"))
                .contains("请求核查阮文山护照真伪", "Final reply").doesNotContain("data-testid=\"reply-form\"");
        mvc.perform(get("/reports/new").session(auditor)).andExpect(status().isForbidden());

        MockHttpSession admin = FormLogin.logIn(mvc, "cb.admin");
        mvc.perform(get("/reports/" + ROUTE_REPORT).session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/cooperation").session(admin)).andExpect(status().isForbidden());
    }

    // --- bad input: a clear message next to the field, nothing stored, nothing queued ---

    @Test
    void aReportWithoutItsMandatoryFieldsIsRefusedFieldByFieldAndNothingIsQueued() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int reports = rows("information_report");
        int outbox = rows("outbox");

        String page = mvc.perform(reportForm("en").session(officer).param("title", "  ").param("body", "")
                        .param("factsOn", LocalDateTime.now().plusDays(2).toLocalDate().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "title")).isEqualTo("Required.");
        assertThat(fieldError(page, "body")).isEqualTo("Required.");
        assertThat(fieldError(page, "crimeArea")).isEqualTo("Required.");
        assertThat(fieldError(page, "recipientUnit")).isEqualTo("Required.");
        assertThat(fieldError(page, "reliability")).isEqualTo("Required.");
        assertThat(fieldError(page, "factsOn")).isEqualTo("The facts cannot lie in the future.");
        assertThat(page).contains("Nothing was sent. Please correct the marked fields.");
        assertThat(rows("information_report")).isEqualTo(reports);
        assertThat(rows("outbox")).isEqualTo(outbox);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            big    | en    | “big.pdf” has 10.0 MB; an attachment may have at most 10 MB.
            exe    | en    | “tool.exe” cannot be attached: only PDF, JPEG, PNG, plain text (UTF-8), Word (.docx) and Excel (.xlsx) files are accepted, judged by their content.
            exe    | zh-CN | “tool.exe”不能作为附件：按文件内容判断，只接受PDF、JPEG、PNG、纯文本（UTF-8）、Word（.docx）和Excel（.xlsx）文件。
            """)
    void anAttachmentTooLargeOrOfARefusedTypeIsRefusedAndNothingIsSent(String file, String lang, String message)
            throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int outbox = rows("outbox");
        MockMultipartFile upload = file.equals("big")
                ? new MockMultipartFile("attachments", "big.pdf", "application/pdf", pdfOf(10 * 1024 * 1024 + 1))
                // a Windows program, named and typed as if it were a PDF would not fool the check either
                : new MockMultipartFile("attachments", "tool.exe", "application/pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});

        String page = mvc.perform(complete(reportForm(lang).file(upload)).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "attachments")).isEqualTo(message);
        assertThat(page).contains("Tuyến mới");
        assertThat(rows("outbox")).isEqualTo(outbox);
    }

    @Test
    void aRequestWithADeadlineInThePastIsRefusedOnTheFormAndThroughTheApi() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int requests = rows("cooperation_request");
        int outbox = rows("outbox");

        String page = mvc.perform(post("/requests/new").param("lang", "vi").session(officer).with(csrf())
                        .param("recipientUnit", "CN-GX:GX-JD").param("type", "LOCATE_PERSON").param("urgency", "URGENT")
                        .param("title", "Xác minh nơi ở").param("body", "Đề nghị xác minh.")
                        .param("deadline", LocalDateTime.now().minusHours(3).withNano(0).withSecond(0).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(page, "deadline")).isEqualTo("Thời hạn phải ở trong tương lai.");

        String token = accounts.createToken(accounts.findLogin("cb.officer").orElseThrow().officer(), "test").rawToken();
        mvc.perform(post("/api/v1/requests").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"recipientUnit":"GX-JD","type":"PROVISIONAL_ARREST","title":"","body":"Arrest",
                                 "deadline":"2020-01-01T08:00","personIds":["not-a-person"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='deadline')].message").value("The deadline must be in the future."))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("Required."))
                .andExpect(jsonPath("$.errors[?(@.field=='wantedNoticeId')].message")
                        .value("A request for provisional arrest names the wanted notice it rests on."))
                .andExpect(jsonPath("$.errors[?(@.field=='personIds[0]')].message")
                        .value("There is no person record not-a-person on this node."));
        assertThat(rows("cooperation_request")).isEqualTo(requests);
        assertThat(rows("outbox")).isEqualTo(outbox);
    }

    @Test
    void theApiRefusesAFileThatIsNoneOfTheAcceptedKindsAndABodyItCannotRead() throws Exception {
        String token = accounts.createToken(accounts.findLogin("cb.officer").orElseThrow().officer(), "test").rawToken();
        mvc.perform(post("/api/v1/reports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"recipientUnit":"GX-JD","title":"Route","body":"Seen","crimeArea":"DRUGS",
                                 "factsOn":"2025-01-02","reliability":"B","accuracy":"2",
                                 "attachments":[{"fileName":"report.docx","content":"UEsDBAoAAAAAAA=="}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attachments[0]"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("“report.docx” cannot be attached")));
        mvc.perform(post("/api/v1/reports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The request body is not valid JSON of the expected shape."));
    }

    @Test
    void onlyTheSideThatWasAskedAnswersAndAnAnsweredRequestTakesNoMoreReplies() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        int entries = rows("thread_entry");

        // Cao Bang asked about Ta Lung: it cannot answer its own request
        mvc.perform(post("/requests/" + INFO_TA_LUNG + "/acknowledge").session(supervisor).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // Guangxi's identity check was answered already: declining it now is refused, nothing changes
        var declined = mvc.perform(post("/requests/" + VERIFY_SON + "/decline").param("lang", "en").session(supervisor)
                        .with(csrf()).param("reason", "Không"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(declined.getFlashMap().get("refused").toString())
                .contains("The request is “Answered”: it can no longer be declined. Nothing was changed.");
        assertThat(rows("thread_entry")).isEqualTo(entries);
        assertThat(jdbc.queryForObject("SELECT status FROM cooperation_request WHERE id = ?", String.class, VERIFY_SON))
                .isEqualTo("ANSWERED");
    }

    // --- notifications and the picker ---

    @Test
    void theSupervisorIsToldAboutTheNewRequestAndOpeningItReadsTheNotification() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");

        String bell = page(get("/notifications/bell").session(supervisor), "en");
        assertThat(count(bell, "bell-count")).isPositive();
        String list = page(get("/notifications").session(supervisor), "en");
        assertThat(list).contains("New request from Guangxi Public Security Bureau", "紧急：覃海生可能已潜入高平省");

        page(get("/requests/" + LOCATE_QIN).session(supervisor), "en");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_notification WHERE recipient = 'cb.supervisor'"
                + " AND thread = ? AND read_ms = 0", Integer.class, LOCATE_QIN)).isZero();
    }

    @Test
    void thePickerFindsPersonsAcrossScriptsKeepsThePickedAndAuditsEachShown() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String picker = page(get("/cooperation/person-picker").param("q", "hoang thi")
                .param("personIds", QIN.toString()).session(officer), "en");

        assertThat(picker).contains("data-testid=\"picked-" + QIN + "\"", "Hoàng Thị Mai / HOANG THI MAI / 黄氏梅");
        assertThat(audit.search(new AuditQuery("cb.officer", "READ", "person", uuid("person:vn-mai").toString(), null, null), 10))
                .extracting(r -> r.entry().detail()).anyMatch(d -> d.startsWith("module search"));
    }

    // --- helpers ---

    private MockMultipartHttpServletRequestBuilder reportForm(String lang) {
        MockMultipartHttpServletRequestBuilder b = multipart("/reports/new");
        b.param("lang", lang).with(csrf());
        return b;
    }

    /** Every mandatory field filled, so only the attachment can be wrong. */
    private static MockMultipartHttpServletRequestBuilder complete(MockMultipartHttpServletRequestBuilder b) {
        b.param("recipientUnit", "CN-GX:GX-JD").param("title", "Tuyến mới").param("body", "Nội dung.")
                .param("crimeArea", "DRUGS").param("factsOn", "2025-03-01").param("reliability", "B").param("accuracy", "2");
        return b;
    }

    static byte[] pdfOf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(PDF, 0, bytes, 0, PDF.length);
        return bytes;
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, String lang) throws Exception {
        var b = (org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request;
        return mvc.perform(b.param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    static String fieldError(String page, String field) {
        Matcher m = Pattern.compile("data-testid=\"error-" + Pattern.quote(field) + "\">([^<]*)<").matcher(page);
        assertThat(m.find()).as("an error next to %s", field).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1)).strip();
    }

    static int count(String page, String testId) {
        Matcher m = Pattern.compile("data-testid=\"" + Pattern.quote(testId) + "\"[^>]*>\\s*(?:<strong>)?(\\d+)").matcher(page);
        assertThat(m.find()).as("a count %s", testId).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The element with the test id and everything up to the next section's start. */
    static String section(String page, String testId) {
        int at = page.indexOf("data-testid=\"" + testId + "\"");
        assertThat(at).as("section %s", testId).isNotNegative();
        int end = page.indexOf("<section", at + 1);
        return page.substring(at, end < 0 ? page.length() : end);
    }
}
