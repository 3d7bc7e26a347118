package org.liaison.handovers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * The handover pages and API on Cao Bang's demo node: the seeded history in the lists, stages refused in the
 * reader's language with nothing changed (the other side's stage, executing before agreement, editing after the
 * close), field errors next to the fields, the printable bilingual record, what auditors may do.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class HandoversIntegrationTest {

    static final UUID HUYEN = id("huyen");
    static final UUID MAI = id("mai");
    static final UUID QIN = id("qin");
    static final UUID DUC_NOTICE = UUID.nameUUIDFromBytes("liaison-demo:notice:vn-duc-fraud".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficerAccounts accounts;

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:handover:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theListShowsBothDirectionsAndFilters() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String all = page(get("/handovers").session(officer), "vi");
        assertThat(all).contains("Đàm Thị Huyền", "Triệu Văn Khánh", "韦国栋", "Hoàng Thị Mai", "覃海生",
                "Về Việt Nam", "Sang Trung Quốc", "Cửa khẩu quốc tế Tà Lùng");
        String toChina = page(get("/handovers").param("direction", "TO_CHINA").param("status", "CLOSED").session(officer), "en");
        assertThat(toChina).contains("Wéi Guódòng").doesNotContain("Đàm Thị Huyền", "Qín Hǎishēng");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi    | Bước bắt giữ do bên đang giữ đối tượng ghi nhận, không phải bên mình.
            zh-CN | 抓获羁押由羁押方记录，而不是本方。
            en    | The arrest or detention is recorded by the holding side, not by your side.
            """)
    void recordingThePartnersStageIsRefusedInTheReadersLanguageAndChangesNothing(String lang, String message)
            throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String before = snapshot(MAI);

        String page = mvc.perform(post("/handovers/" + MAI + "/detained").param("lang", lang).session(officer).with(csrf())
                        .param("date", "2026-01-05").param("place", "Bằng Tường").param("authority", "Công an"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refusal(page)).isEqualTo(message);
        assertThat(snapshot(MAI)).isEqualTo(before);
    }

    @Test
    void executingBeforeBothSidesAgreedIsRefused() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String before = snapshot(QIN);

        String page = mvc.perform(post("/handovers/" + QIN + "/confirmation").param("lang", "en").session(officer)
                        .with(csrf()).param("date", "2026-01-05").param("time", "09:00").param("officers", "Nông Thị Hoa")
                        .param("documentsSeen", "Hộ chiếu").param("photoCheck", "MATCHES").param("condition", "Tốt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refusal(page)).isEqualTo(
                "The confirmation of the execution cannot be recorded while the handover is “Handover proposed”.");
        assertThat(snapshot(QIN)).isEqualTo(before);
    }

    @Test
    void aClosedHandoverCannotBeEditedAnyMore() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String before = snapshot(HUYEN);

        String page = mvc.perform(post("/handovers/" + HUYEN + "/custody").param("lang", "vi").session(officer).with(csrf())
                        .param("date", "2026-01-05").param("time", "09:00").param("place", "Trại tạm giam")
                        .param("officer", "x").param("from", "a").param("to", "b"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refusal(page)).isEqualTo("Vụ bàn giao đã ở trạng thái “Đã kết thúc”; không thể thay đổi gì nữa.");
        assertThat(snapshot(HUYEN)).isEqualTo(before);
        assertThat(page).doesNotContain("data-testid=\"actions\"");
    }

    @Test
    void missingFieldsAreShownNextToTheFieldsOfTheFormThatWasSent() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String before = snapshot(QIN);

        String page = mvc.perform(post("/handovers/" + QIN + "/custody").param("lang", "en").session(officer).with(csrf())
                        .param("date", "2099-01-01").param("time", "9h").param("place", "Trại tạm giam Trùng Khánh"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "date")).isEqualTo("This cannot lie in the future.");
        assertThat(fieldError(page, "time")).isEqualTo("Not a time (hh:mm): 9h");
        assertThat(fieldError(page, "officer")).isEqualTo("Required.");
        assertThat(HtmlUtils.htmlUnescape(page)).contains("value=\"Trại tạm giam Trùng Khánh\"");
        assertThat(snapshot(QIN)).isEqualTo(before);
    }

    @Test
    void aRequestNeedsTheNoticeSharedWithThePartnerAndNoOtherHandoverUnderWay() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        UUID maiNotice = UUID.nameUUIDFromBytes("liaison-demo:notice:vn-mai-drugs".getBytes(StandardCharsets.UTF_8));
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM handover", Integer.class);

        String notShared = mvc.perform(post("/handovers/new").param("lang", "en").session(officer).with(csrf())
                        .param("notice", DUC_NOTICE.toString()).param("holdingAgency", "CN-GX").param("grounds", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(notShared, "notice"))
                .isEqualTo("Share the wanted notice with CN-GX first, so that they know whom to look for.");

        String underWay = mvc.perform(post("/handovers/new").param("lang", "en").session(officer).with(csrf())
                        .param("notice", maiNotice.toString()).param("holdingAgency", "CN-GX").param("grounds", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(underWay, "notice")).isEqualTo("A handover of this person is already under way.");
        assertThat(fieldError(underWay, "grounds")).isEqualTo("Required.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover", Integer.class)).isEqualTo(before);
    }

    @Test
    void aRequestMayLinkOnlyARequestAndACaseThisNodeHolds() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM handover", Integer.class);
        String unknownCase = UUID.randomUUID().toString();

        String page = mvc.perform(post("/handovers/new").param("lang", "vi").session(officer).with(csrf())
                        .param("notice", DUC_NOTICE.toString()).param("holdingAgency", "CN-GX").param("grounds", "x")
                        .param("requestReference", "YC-2026-041").param("caseReference", unknownCase))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(page, "requestReference")).isEqualTo("Không có yêu cầu YC-2026-041 trên hệ thống này.");
        assertThat(fieldError(page, "caseReference")).isEqualTo("Không có chuyên án " + unknownCase + " trên hệ thống này.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover", Integer.class)).isEqualTo(before);
    }

    @Test
    void theModelCaseShowsItsStagesCustodyAndBothPaperConfirmations() throws Exception {
        MockHttpSession auditor = FormLogin.logIn(mvc, "cb.auditor");

        String page = page(get("/handovers/" + HUYEN).session(auditor), "en");

        assertThat(page).contains("Đàm Thị Huyền", "Closed", "To Viet Nam", "Ta Lung – Shuikou international gate",
                "龙州县公安局", "龙州县看守所", "Trại tạm giam Công an tỉnh Cao Bằng",
                "Entered from the paper file; no electronic signature", "This node is the requesting side.")
                .doesNotContain("data-testid=\"actions\"");
        assertThat(page).containsSubsequence("data-testid=\"confirmation-REQUESTING\"", "Thiếu tá Nông Thị Hoa",
                "data-testid=\"confirmation-HOLDING\"", "黄志强");
    }

    @Test
    void thePrintedRecordHasVietnameseAndChineseSideBySideAndEnglishOnRequest() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String record = text(page(get("/handovers/" + HUYEN + "/record").session(officer), "en"));
        assertThat(record).contains("Biên bản bàn giao đối tượng truy nã", "在逃人员移交记录", "Đàm Thị Huyền · DAM THI HUYEN · 谭氏玄",
                "Cửa khẩu quốc tế Tà Lùng / 水口口岸", "Đã kết thúc / 已结案", "(UTC+7)", "(UTC+8)")
                .doesNotContain("Record of the handover of a fugitive");
        assertThat(page(get("/handovers/" + HUYEN + "/record").param("english", "true").session(officer), "vi"))
                .contains("Record of the handover of a fugitive", "Ta Lung – Shuikou international gate");
    }

    @Test
    void theApiReadsRefusesInTheCallersLanguageAndCounts() throws Exception {
        String token = "Bearer " + accounts.createToken(accounts.findLogin("cb.officer").orElseThrow().officer(),
                "test " + UUID.randomUUID()).rawToken();

        mvc.perform(get("/api/v1/handovers/" + HUYEN).header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.direction").value("TO_VIET_NAM"))
                .andExpect(jsonPath("$.proposal.gate").value("TA-LUNG"))
                .andExpect(jsonPath("$.confirmations[0].signature").value("UNSIGNED"))
                .andExpect(jsonPath("$.nextStages").isEmpty());
        mvc.perform(post("/api/v1/handovers/" + MAI + "/detained").header(HttpHeaders.AUTHORIZATION, token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-01-05\",\"place\":\"凭祥\",\"authority\":\"凭祥市公安局\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value("抓获羁押由羁押方记录，而不是本方。"));
        mvc.perform(post("/api/v1/handovers").header(HttpHeaders.AUTHORIZATION, token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notice\":\"nope\",\"holdingAgency\":\"LA-VT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='notice')].message").value("No such wanted notice on this node."))
                .andExpect(jsonPath("$.errors[?(@.field=='holdingAgency')].message")
                        .value("LA-VT is not a partner agency this node hands fugitives over with."));
        mvc.perform(get("/api/v1/handovers").param("direction", "TO_CHINA").param("status", "CLOSED")
                        .header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].person").value("Wéi Guódòng"));
        mvc.perform(get("/api/v1/handovers/figures").param("from", "2000-01-01").param("to", "2100-01-01")
                        .param("partner", "CN-GX").header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toVietNam").value(17))
                .andExpect(jsonPath("$.toChina").value(24));
    }

    /** Everything a refused stage could have changed: the record, its parts, the outbox. */
    String snapshot(UUID handover) {
        return jdbc.queryForList("SELECT * FROM handover WHERE id = ?", handover).toString()
                + jdbc.queryForList("SELECT * FROM handover_step WHERE handover = ? ORDER BY handover_key", handover)
                + jdbc.queryForList("SELECT * FROM custody_entry WHERE handover = ? ORDER BY handover_key", handover)
                + jdbc.queryForList("SELECT * FROM handover_confirmation WHERE handover = ? ORDER BY handover_key", handover)
                + jdbc.queryForObject("SELECT COUNT(*) FROM outbox", Integer.class);
    }

    String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** What a reader sees: the page without its tags. */
    static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", ""));
    }

    static String refusal(String page) {
        Matcher m = Pattern.compile("data-testid=\"refused\">\\s*<p>([^<]*)</p>").matcher(page);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    static String fieldError(String page, String field) {
        Matcher m = Pattern.compile("data-testid=\"error-" + Pattern.quote(field) + "\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }
}
