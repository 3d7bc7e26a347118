package org.liaison.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.support.FormLogin.csrfFrom;
import static org.liaison.support.FormLogin.logIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor's pages and API, driven through a real log-in: search, filters, load more, verify, export, who may. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession auditor;
    /** A record type no other test uses, so each test sees only its own rows when it filters by it. */
    String type;

    @BeforeEach
    void logInAsTheAuditor() throws Exception {
        auditor = logIn(mvc, "cb.auditor");
        type = "case-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void auditorSeesTheLogNewestFirst() throws Exception {
        audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-17", "10.20.0.14", "first reading"));
        audit.appendNow(new AuditEntry("cb.supervisor", "VN-CB", "UPDATE", type, "P-17", "10.20.0.22", "second change"));

        String page = html(get("/audit").session(auditor));

        assertThat(page).contains("Audit log", "first reading", "second change", "cb.supervisor", "10.20.0.22", type);
        assertThat(page.indexOf("second change")).isLessThan(page.indexOf("first reading"));
    }

    @Test
    void filtersNarrowTheLogToMatchingRows() throws Exception {
        audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-17", "", "officer read P-17"));
        audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-18", "", "officer read P-18"));
        audit.appendNow(new AuditEntry("cb.supervisor", "VN-CB", "READ", type, "P-17", "", "supervisor read P-17"));
        audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "UPDATE", type, "P-17", "", "officer changed P-17"));

        String page = html(get("/audit").session(auditor)
                .param("actor", "OFFICER").param("action", "READ").param("recordType", type).param("recordId", "P-17"));

        assertThat(page).contains("officer read P-17")
                .doesNotContain("officer read P-18", "supervisor read P-17", "officer changed P-17");
        assertThat(page).contains("value=\"OFFICER\"");
    }

    @Test
    void dateFiltersKeepToTheirDays() throws Exception {
        audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "1", "", "read today"));

        assertThat(html(get("/audit").session(auditor).param("recordType", type).param("from", "2017-01-01")
                .param("to", "2099-12-31"))).contains("read today");
        assertThat(html(get("/audit").session(auditor).param("recordType", type).param("from", "2017-01-01")
                .param("to", "2017-12-31"))).doesNotContain("read today").contains("No rows match these filters.");
    }

    @Test
    void badDateIsExplainedInTheReadersLanguage() throws Exception {
        String page = mvc.perform(get("/audit").session(auditor).header("Accept-Language", "vi").param("from", "2024-02-30"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Từ ngày: Hãy nhập ngày theo dạng YYYY-MM-DD", "&quot;2024-02-30&quot; không hợp lệ");
    }

    @Test
    void fromAfterToIsExplained() throws Exception {
        String page = mvc.perform(get("/audit").session(auditor).param("from", "2024-09-21").param("to", "2024-09-20"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("To: &quot;From&quot; (2024-09-21) must come before &quot;To&quot; (2024-09-20).");
    }

    @Test
    void loadMoreBringsTheOlderRowsInPlaceOfTheButton() throws Exception {
        for (int i = 1; i <= 60; i++) {
            audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-" + i, "", "reading no. " + i + "."));
        }

        String first = html(get("/audit").session(auditor).param("recordType", type));
        assertThat(first).contains("reading no. 60.", "reading no. 11.").doesNotContain("reading no. 10.");
        Matcher more = Pattern.compile("hx-get=\"([^\"]+)\"").matcher(first);
        assertThat(more.find()).as("a load-more link").isTrue();
        String next = more.group(1).replace("&amp;", "&");
        assertThat(next).startsWith("/audit/rows?").contains("recordType=" + type);

        String rows = html(get(next).session(auditor).header("HX-Request", "true"));

        assertThat(rows.strip()).startsWith("<tr").doesNotContain("<html", "hx-get=")
                .contains("reading no. 10.", "reading no. 1.").doesNotContain("reading no. 11.");
    }

    @Test
    void verifyShowsAnIntactChainAndIsItselfRecorded() throws Exception {
        String csrf = csrfFrom(mvc, auditor, "/audit");

        String result = html(post("/audit/verify").session(auditor).param("_csrf", csrf).header("HX-Request", "true"));

        assertThat(result).matches("(?s)\\s*<p class=\"info\"[^>]*>The log is intact: [\\d,]+ rows checked\\.</p>\\s*");
        AuditRecord last = audit.search(new AuditQuery("cb.auditor", "VERIFY", "audit_log", null, null, null), 1).getFirst();
        assertThat(last.entry().detail()).startsWith("audit log intact:");
    }

    @Test
    void verifyNamesTheBrokenRowInTheReadersLanguage() throws Exception {
        AuditRecord r = audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-17", "", "genuine"));
        audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-18", "", "after it"));
        String csrf = csrfFrom(mvc, auditor, "/audit");
        jdbc.update("UPDATE audit_event SET detail = 'doctored' WHERE seq = ?", r.seq());
        try {
            String result = html(post("/audit/verify").session(auditor).param("_csrf", csrf)
                    .header("HX-Request", "true").header("Accept-Language", "zh-CN"));

            assertThat(result).contains("日志在第 " + r.seq() + " 行断裂。", "第 " + r.seq() + " 行与其哈希不符：该行被修改过。",
                    "/audit?before=" + (r.seq() + 1));
        } finally {
            jdbc.update("UPDATE audit_event SET detail = 'genuine' WHERE seq = ?", r.seq());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void verifyWithoutJavaScriptShowsTheResultOnTheWholePage() throws Exception {
        String csrf = csrfFrom(mvc, auditor, "/audit");

        String page = html(post("/audit/verify").session(auditor).param("_csrf", csrf));

        assertThat(page).contains("<html", "data-testid=\"audit-rows\"", "The log is intact: ");
    }

    @Test
    void apiNamesTheBrokenRow() throws Exception {
        String token = tokenOf(auditor, "nightly check");
        AuditRecord r = audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-17", "", "genuine"));
        audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-18", "", "after it"));
        jdbc.update("DELETE FROM audit_event WHERE seq = ?", r.seq());
        try {
            mvc.perform(post("/api/v1/audit/verify").header("Authorization", "Bearer " + token)
                            .header("Accept-Language", "vi"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenRow").value(r.seq()))
                    .andExpect(jsonPath("$.problem").value("ROWS_MISSING"))
                    .andExpect(jsonPath("$.message").value("Nhật ký bị phá vỡ tại dòng " + r.seq() + ". Thiếu dòng "
                            + r.seq() + ": đã có dòng bị xóa khỏi nhật ký."))
                    .andExpect(jsonPath("$.description").value(
                            org.hamcrest.Matchers.startsWith("audit log BROKEN at row " + r.seq() + ": ")));
        } finally {
            jdbc.update("""
                    INSERT INTO audit_event (seq, at_ms, actor, agency, action, record_type, record_id, remote_addr, detail, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", r.seq(), r.at().toEpochMilli(), r.entry().actor(),
                    r.entry().agency(), r.entry().action(), r.entry().recordType(), r.entry().recordId(),
                    r.entry().remoteAddr(), r.entry().detail(), r.prevHash(), r.hash());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void verifyWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/audit/verify").session(auditor)).andExpect(status().isForbidden());
    }

    @Test
    void exportIsTheFilteredLogOldestFirstWithHashes() throws Exception {
        AuditRecord a = audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-17", "10.20.0.14",
                "Đoàn Thị Uyên, 段氏鸳, \"wanted\""));
        AuditRecord b = audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-18", "10.20.0.14", "second"));

        var response = mvc.perform(get("/audit/export.csv").session(auditor).param("recordType", type))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn().getResponse();
        List<String> lines = List.of(response.getContentAsString().split("\r\n"));

        assertThat(lines).containsExactly(
                "\uFEFF" + AuditCsv.HEADER,
                a.seq() + "," + a.at() + ",cb.officer,VN-CB,READ," + type + ",P-17,10.20.0.14,"
                        + "\"Đoàn Thị Uyên, 段氏鸳, \"\"wanted\"\"\"," + a.prevHash() + "," + a.hash(),
                b.seq() + "," + b.at() + ",cb.officer,VN-CB,READ," + type + ",P-18,10.20.0.14,second,"
                        + b.prevHash() + "," + b.hash());
        AuditRecord export = audit.search(new AuditQuery("cb.auditor", "EXPORT", "audit_log", null, null, null), 1).getFirst();
        assertThat(export.entry().detail()).contains("recordType=" + type);
    }

    @Test
    void officerIsRefusedEveryAuditPage() throws Exception {
        MockHttpSession officer = logIn(mvc, "cb.officer");
        String csrf = csrfFrom(mvc, officer, "/");

        mvc.perform(get("/audit").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/rows").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export.csv").session(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").session(officer).param("_csrf", csrf)).andExpect(status().isForbidden());
        assertThat(html(get("/").session(officer))).doesNotContain("href=\"/audit\"");
    }

    @Test
    void anonymousVisitorIsSentToLogIn() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void apiSearchesWithTheAuditorsToken() throws Exception {
        String token = tokenOf(auditor, "archive sync");
        for (int i = 1; i <= 3; i++) {
            audit.appendNow(new AuditEntry("cb.officer", "VN-CB", "READ", type, "P-" + i, "", "api " + i));
        }

        String json = mvc.perform(get("/api/v1/audit/events").header("Authorization", "Bearer " + token)
                        .param("recordType", type).param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(2))
                .andExpect(jsonPath("$.events[0].detail").value("api 3"))
                .andExpect(jsonPath("$.events[1].detail").value("api 2"))
                .andExpect(jsonPath("$.events[0].hash").isString())
                .andReturn().getResponse().getContentAsString();
        long nextBefore = Long.parseLong(json.replaceAll("(?s).*\"nextBefore\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/audit/events").header("Authorization", "Bearer " + token)
                        .param("recordType", type).param("before", String.valueOf(nextBefore)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events.length()").value(1))
                .andExpect(jsonPath("$.events[0].detail").value("api 1"))
                .andExpect(jsonPath("$.nextBefore").doesNotExist());
    }

    @Test
    void apiAnswers400InTheCallersLanguageForBadFilters() throws Exception {
        String token = tokenOf(auditor, "archive sync");

        mvc.perform(get("/api/v1/audit/events").header("Authorization", "Bearer " + token).param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be a whole number from 1 to 1,000; \"0\" is not one."));
        mvc.perform(get("/api/v1/audit/events").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "zh-CN").param("limit", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("筛选条件无效"));
        mvc.perform(get("/api/v1/audit/events").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "vi").param("from", "20/09/2024"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Hãy nhập ngày theo dạng YYYY-MM-DD (hoặc thời điểm như 2024-09-20T08:30:00Z); \"20/09/2024\" không hợp lệ."));
    }

    @Test
    void apiVerifiesTheChainAndRecordsWhoAsked() throws Exception {
        String token = tokenOf(auditor, "nightly check");

        mvc.perform(post("/api/v1/audit/verify").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBrokenRow").doesNotExist())
                .andExpect(jsonPath("$.description").value(org.hamcrest.Matchers.startsWith("audit log intact:")));

        assertThat(audit.search(new AuditQuery("cb.auditor", "VERIFY", null, null, null, null), 1)).isNotEmpty();
    }

    @Test
    void officersTokenIsRefusedTheAuditApi() throws Exception {
        String token = tokenOf(logIn(mvc, "cb.officer"), "case sync");

        mvc.perform(get("/api/v1/audit/events").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/audit/verify").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/events")).andExpect(status().isUnauthorized());
    }

    @Test
    void errorPageSaysWhatWentWrongInTheReadersLanguage() throws Exception {
        mvc.perform(get("/error").session(auditor).header("Accept-Language", "vi").accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/account/tokens/999/revoke"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Trang này không tồn tại.")));
    }

    /** Creates a personal token through the tokens page and returns the raw value it shows once. */
    private String tokenOf(MockHttpSession session, String name) throws Exception {
        String csrf = csrfFrom(mvc, session, "/account/tokens");
        String page = html(post("/account/tokens").session(session).param("_csrf", csrf).param("name", name));
        Matcher m = Pattern.compile("data-testid=\"raw-token\">(lia_[^<]+)<").matcher(page);
        assertThat(m.find()).as("the raw token on the page").isTrue();
        return m.group(1);
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
