package org.liaison.engagements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The engagement records as Cao Bang's officers, supervisor and auditor meet them on their node, paired with a
 * Guangxi node that never answers (what is shared waits in the outbox): recording talks through the form,
 * refusals next to the fields in three languages, confirming Guangxi's records, proposing and deciding
 * corrections, following action items up at later talks, signed texts, the REST API and who may do what.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
@Import(GuangxiPairing.class)
class EngagementsIntegrationTest {

    /** Seeded (see DemoEngagements): what Cao Bang recorded and what it holds as Guangxi's copies. */
    static final UUID TALKS_2023 = demo("talks-2023-11-08");
    static final UUID TALKS_2024 = demo("talks-2024-03-20-blo");
    static final UUID TALKS_2016 = demo("talks-2016-12-nanning");
    static final UUID REGULATION = demo("agreement-2023-11-08-blo");
    /** Cao Bang's record; Guangxi proposed a later last day. */
    static final UUID VISIT_CORRECTED = demo("visit-2017-10-24");
    /** Guangxi's records, awaiting Cao Bang's confirmation. */
    static final UUID VISIT_TO_CONFIRM = demo("visit-2017-10-30");
    static final UUID COURSE_TO_CONFIRM = demo("course-2017-10-16");
    /** The last action item of the 2023 talks: a joint training, still open. */
    static final UUID TRAINING_ITEM = UUID.nameUUIDFromBytes(
            "liaison-demo:action-item:talks-2023-11-08:4".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficerAccounts accounts;

    static UUID demo(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:engagement:" + key).getBytes(StandardCharsets.UTF_8));
    }

    // --- recording ---

    @Test
    void anOfficerRecordsTalksThroughTheFormAndGuangxiIsSentACopy() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String location = mvc.perform(talks(officer,
                        "actionItems[0].text", "Trao đổi danh sách đối tượng truy nã quý II",
                        "actionItems[0].ownerAgency", "CN-GX",
                        "actionItems[0].owner", "广西边境联络办公室",
                        "actionItems[0].dueOn", "2025-06-30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/engagements/[0-9a-f-]{36}");
        String id = location.substring("/engagements/".length());

        String page = page(get(location).session(officer), "en");
        assertThat(page).contains("Recorded and shared with the partner.", "Awaiting confirmation",
                "Shared with Guangxi Public Security Bureau; awaiting its confirmation.", "Thành phố Cao Bằng",
                "Delegation of Guangxi Public Security Bureau", "覃立新", "Trao đổi danh sách đối tượng truy nã quý II");
        assertThat(itemStatus(page, itemIdOf(page, "Trao đổi danh sách"))).isEqualTo("Open");
        assertThat(outbox("engagements.record-shared", id)).singleElement().satisfies(payload -> assertThat(payload)
                .contains("\"heldOn\":\"2025-03-12\"", "\"recordingAgency\":\"VN-CB\"", "\"revision\":1"));
        assertThat(actions("engagement", id)).containsExactly("CREATE by cb.officer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi    | “2025-02-30” không phải là ngày; hãy viết theo dạng 2023-11-08. | LA-VT không phải là một bên của hồ sơ này; chọn VN-CB hoặc CN-GX. | Bắt buộc nhập.
            zh-CN | “2025-02-30”不是日期；请写成 2023-11-08 的格式。 | LA-VT 不是本记录的一方；请选择 VN-CB 或 CN-GX。 | 必填。
            en    | “2025-02-30” is not a day; write it as 2023-11-08. | LA-VT is not a side of this record; choose VN-CB or CN-GX. | Required.
            """)
    void everyProblemIsShownNextToItsFieldInTheReadersLanguageAndNothingIsSaved(String lang, String date, String side,
                                                                               String required) throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int records = count("engagement");
        int messages = count("outbox");

        String page = mvc.perform(talks(officer, "lang", lang, "heldOn", "2025-02-30", "place", " ",
                        "delegates[1].agency", "LA-VT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "heldOn")).isEqualTo(date);
        assertThat(fieldError(page, "delegates[1].agency")).isEqualTo(side);
        assertThat(fieldError(page, "place")).isEqualTo(required);
        assertThat(page).contains("value=\"覃立新\"");
        assertThat(count("engagement")).isEqualTo(records);
        assertThat(count("outbox")).isEqualTo(messages);
    }

    @Test
    void aDelegationWithoutItsHeadAndAnItemDueBeforeTheTalksAreRefused() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String page = mvc.perform(talks(officer, "lang", "en",
                        "delegates[1].name", "", "delegates[1].rankTitle", "", "delegates[1].unit", "",
                        "endsOn", "2025-03-10",
                        "actionItems[0].text", "Họp rút kinh nghiệm",
                        "actionItems[0].ownerAgency", "VN-CB",
                        "actionItems[0].owner", "Văn phòng BLO Cao Bằng",
                        "actionItems[0].dueOn", "2025-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "delegates")).isEqualTo("Name at least the head of the delegation of CN-GX.");
        assertThat(fieldError(page, "endsOn")).isEqualTo("2025-03-10 is before the first day, 2025-03-12.");
        assertThat(fieldError(page, "actionItems[0].dueOn")).isEqualTo("2025-01-01 is before the first day, 2025-03-12.");
        assertThat(page).contains("Nothing was saved. Please correct the marked fields.");
    }

    @Test
    void addingARowKeepsWhatWasTypedAndSavesNothing() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int records = count("engagement");

        String page = mvc.perform(talks(officer, "lang", "en", "add", "delegates"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("data-testid=\"delegates-name-2\"", "value=\"覃立新\"", "value=\"Thành phố Cao Bằng\"")
                .doesNotContain("Nothing was saved");
        assertThat(count("engagement")).isEqualTo(records);
    }

    @Test
    void onlyASupervisorRecordsAnAgreement() throws Exception {
        mvc.perform(get("/engagements/agreements/new").session(FormLogin.logIn(mvc, "cb.officer")))
                .andExpect(status().isForbidden());
        String form = page(get("/engagements/agreements/new").session(FormLogin.logIn(mvc, "cb.supervisor")), "en");
        assertThat(form).contains("Record an agreement", "data-testid=\"clause-commitment-0\"");
        assertThat(page(get("/engagements").session(FormLogin.logIn(mvc, "cb.officer")), "en"))
                .contains("data-testid=\"new-talks\"").doesNotContain("data-testid=\"new-agreement\"");
    }

    // --- the partner's records: confirm, or propose a correction ---

    @Test
    void aSupervisorConfirmsGuangxisRecordAndGuangxiIsTold() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        mvc.perform(post("/engagements/" + VISIT_TO_CONFIRM + "/confirm").session(officer).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(page(get("/engagements/" + VISIT_TO_CONFIRM).session(officer), "en"))
                .contains("Awaiting confirmation", "Please confirm the record").doesNotContain("data-testid=\"confirm\"");

        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        mvc.perform(post("/engagements/" + VISIT_TO_CONFIRM + "/confirm").session(supervisor).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/engagements/" + VISIT_TO_CONFIRM).session(supervisor), "en"))
                .contains("Confirmed by both", "Confirmed by Hoàng Văn Nam (VN-CB)");
        assertThat(outbox("engagements.record-confirmed", VISIT_TO_CONFIRM.toString())).singleElement()
                .satisfies(p -> assertThat(p).contains("\"revision\":1"));
        // a second confirmation has nothing left to confirm
        mvc.perform(post("/engagements/" + VISIT_TO_CONFIRM + "/confirm").session(supervisor).with(csrf()));
        assertThat(page(get("/engagements/" + VISIT_TO_CONFIRM).session(supervisor), "en"))
                .contains("Only a record awaiting confirmation can be confirmed.");
    }

    @Test
    void anOfficerProposesACorrectionOfGuangxisCourseWithAReason() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String form = page(get("/engagements/" + COURSE_TO_CONFIRM + "/correction").session(officer), "en");
        assertThat(form).contains("Propose a correction", "value=\"禁毒情报信息研判培训班\"", "data-testid=\"note\"");

        String refused = mvc.perform(correction(COURSE_TO_CONFIRM, officer).param("lang", "en")
                        .param("topic", "禁毒情报信息研判培训班（第二期）"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(refused, "note")).isEqualTo("Required.");
        String unchanged = mvc.perform(correction(COURSE_TO_CONFIRM, officer).param("lang", "en").param("note", "Sai."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(unchanged))
                .contains("The correction changes nothing; change what the record says wrongly.");

        mvc.perform(correction(COURSE_TO_CONFIRM, officer).param("topic", "禁毒情报信息研判培训班（第二期）")
                        .param("note", "Đây là khóa thứ hai của chương trình."))
                .andExpect(status().is3xxRedirection());

        String page = page(get("/engagements/" + COURSE_TO_CONFIRM).session(officer), "en");
        assertThat(page).contains("Correction proposed", "Đây là khóa thứ hai của chương trình.", "Changed: Topic",
                "禁毒情报信息研判培训班（第二期）").doesNotContain("data-testid=\"accept\"");
        assertThat(outbox("engagements.correction-proposed", COURSE_TO_CONFIRM.toString())).singleElement()
                .satisfies(p -> assertThat(p).contains("（第二期）", "\"revision\":1"));
    }

    @Test
    void ownRecordsAreNotCorrectedThroughTheCorrectionForm() throws Exception {
        mvc.perform(get("/engagements/" + TALKS_2023 + "/correction").session(FormLogin.logIn(mvc, "cb.officer")))
                .andExpect(status().isConflict());
    }

    @Test
    void theRecordingSideRejectsOnlyWithAReasonAndAcceptsGuangxisCorrection() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        String before = page(get("/engagements/" + VISIT_CORRECTED).session(supervisor), "en");
        assertThat(before).contains("Correction proposed", "代表团于10月26日离开高平，不是25日。", "Changed: Last day",
                "2017-10-24 – 2017-10-25", "2017-10-24 – 2017-10-26");

        mvc.perform(post("/engagements/" + VISIT_CORRECTED + "/correction/reject").session(supervisor).with(csrf())
                .param("reason", " ")).andExpect(status().is3xxRedirection());
        assertThat(page(get("/engagements/" + VISIT_CORRECTED).session(supervisor), "en"))
                .contains("data-testid=\"error-reason\">Required.<", "Correction proposed");

        mvc.perform(post("/engagements/" + VISIT_CORRECTED + "/correction/accept").session(supervisor).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String after = page(get("/engagements/" + VISIT_CORRECTED).session(supervisor), "en");
        assertThat(after).contains("Confirmed by both", "2017-10-24 – 2017-10-26").doesNotContain("2017-10-24 – 2017-10-25");
        assertThat(outbox("engagements.correction-decided", VISIT_CORRECTED.toString())).singleElement()
                .satisfies(p -> assertThat(p).contains("\"accepted\":true", "\"revision\":2", "\"endsOn\":\"2017-10-26\""));
        assertThat(actions("engagement", VISIT_CORRECTED.toString())).containsExactly("ACCEPT_CORRECTION by cb.supervisor");
    }

    // --- action items followed up at the next talks ---

    @Test
    void theNextTalksListOpenItemsAndMoveThemOn() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String meeting = page(get("/engagements/" + TALKS_2024).session(officer), "en");
        String followUps = meeting.substring(meeting.indexOf("data-testid=\"follow-ups\""));
        assertThat(followUps).contains("Tổ chức lớp tập huấn chung", "热线已于2023年12月1日开通。",
                "followed up at these talks", "agreed on 2023-11-08");
        assertThat(itemStatus(followUps, TRAINING_ITEM.toString())).isEqualTo("Open");

        mvc.perform(post("/engagements/action-items/" + TRAINING_ITEM).session(officer).with(csrf())
                        .param("status", "IN_PROGRESS").param("note", "Dự kiến tổ chức tháng 5/2024 tại Nam Ninh.")
                        .param("meeting", TALKS_2024.toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(itemStatus(page(get("/engagements/" + TALKS_2024).session(officer), "en"), TRAINING_ITEM.toString()))
                .isEqualTo("In progress");
        String origin = page(get("/engagements/" + TALKS_2023).session(officer), "en");
        assertThat(itemStatus(origin, TRAINING_ITEM.toString())).isEqualTo("In progress");
        assertThat(origin).contains("Dự kiến tổ chức tháng 5/2024 tại Nam Ninh.");
        assertThat(outbox("engagements.action-item-updated", TALKS_2023.toString())).singleElement()
                .satisfies(p -> assertThat(p).contains("\"status\":\"IN_PROGRESS\"", TALKS_2024.toString()));

        // talks held before the item was agreed cannot follow it up
        mvc.perform(post("/engagements/action-items/" + TRAINING_ITEM).session(officer).with(csrf())
                        .param("status", "DONE").param("meeting", TALKS_2016.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/engagements/" + TALKS_2016).session(officer), "en"))
                .contains("An item can only be followed up at later talks between the same sides.");
    }

    // --- signed texts ---

    @Test
    void theSignedTextIsOnlyADownloadAndOnlyAPdfIsTaken() throws Exception {
        MockHttpSession auditor = FormLogin.logIn(mvc, "cb.auditor");
        byte[] pdf = mvc.perform(get("/engagements/" + REGULATION + "/signed-text").session(auditor))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        startsWith("attachment; filename=\"quy-che-phoi-hop-blo-2023.pdf\"")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        mvc.perform(attach(new MockMultipartFile("file", "quy-che.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), supervisor));
        assertThat(page(get("/engagements/" + REGULATION).session(supervisor), "en"))
                .contains("data-testid=\"error-file\">This file is not a PDF.<");

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        mvc.perform(attach(new MockMultipartFile("file", "scan.pdf", "application/pdf", large), supervisor));
        assertThat(page(get("/engagements/" + REGULATION).session(supervisor), "en"))
                .contains("data-testid=\"error-file\">The file has 5121 KB; at most 5 MB.<");

        mvc.perform(attach(new MockMultipartFile("file", "../Quy chế (bản ký).pdf", "text/html", pdf), supervisor))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/engagements/" + REGULATION).session(supervisor), "en"))
                .contains("Signed text attached.", "Quy_chế_bản_ký_.pdf");

        mvc.perform(attach(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf), FormLogin.logIn(mvc, "cb.officer")))
                .andExpect(status().isForbidden());
    }

    // --- who sees what ---

    @Test
    void theAuditorReadsButIsOfferedNothingToChange() throws Exception {
        MockHttpSession auditor = FormLogin.logIn(mvc, "cb.auditor");
        String list = page(get("/engagements").param("kind", "TRAINING_COURSE")
                .param("from", "2017-01-01").param("to", "2017-10-31").session(auditor), "en");
        assertThat(Pattern.compile("data-record=").matcher(list).results().count()).isEqualTo(9);
        assertThat(list).doesNotContain("data-testid=\"new-records\"");
        assertThat(page(get("/engagements/" + COURSE_TO_CONFIRM).session(auditor), "en"))
                .contains("禁毒情报信息研判培训班").doesNotContain("data-testid=\"confirm\"", "data-testid=\"propose-correction\"");
        mvc.perform(get("/engagements").session(FormLogin.logIn(mvc, "cb.admin"))).andExpect(status().isForbidden());
    }

    // --- REST API ---

    @Test
    void theApiRecordsAnAgreementWhoseClausesSetTheReplyTimes() throws Exception {
        String supervisor = token("cb.supervisor");
        mvc.perform(post("/api/v1/engagements/agreements").header(HttpHeaders.AUTHORIZATION, "Bearer " + supervisor)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"partner":"CN-GX","details":{"type":"MEMORANDUM",
                                 "titleVi":"Biên bản ghi nhớ về trao đổi thông tin tội phạm ma túy 2025",
                                 "titleZh":"2025年毒品犯罪信息交流备忘录",
                                 "signedOn":"2025-01-10","signedPlace":"Bằng Tường","effectiveFrom":"2025-02-01",
                                 "parties":[{"agency":"VN-CB","unit":"Phòng PC04"},{"agency":"CN-GX","unit":"禁毒总队"}],
                                 "signatories":[{"agency":"VN-CB","name":"Hoàng Văn Quý","rankTitle":"Thượng tá"}],
                                 "clauses":[{"number":"1","textVi":"Phạm vi.","textZh":"范围。"},
                                  {"number":"2","textVi":"Trả lời trong 10 ngày.","textZh":"10日内答复。",
                                   "commitment":"REPLY_DAYS","amount":10}]}}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECORDED"))
                .andExpect(jsonPath("$.details.clauses[1].commitment.amount").value(10));

        String officer = token("cb.officer");
        mvc.perform(get("/api/v1/engagements/reply-commitment").header(HttpHeaders.AUTHORIZATION, "Bearer " + officer)
                        .param("requesting", "CN-GX").param("answering", "VN-CB").param("on", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withinHours").value(240))
                .andExpect(jsonPath("$.source").value("Biên bản ghi nhớ về trao đổi thông tin tội phạm ma túy 2025, Điều 2"));
        // urgent requests: the memorandum says nothing, the 2023 regulation's 24 hours still hold
        mvc.perform(get("/api/v1/engagements/reply-commitment").header(HttpHeaders.AUTHORIZATION, "Bearer " + officer)
                        .param("requesting", "CN-GX").param("answering", "VN-CB").param("on", "2025-03-01")
                        .param("urgent", "true"))
                .andExpect(jsonPath("$.withinHours").value(24));
        // before the memorandum took effect
        mvc.perform(get("/api/v1/engagements/reply-commitment").header(HttpHeaders.AUTHORIZATION, "Bearer " + officer)
                        .param("requesting", "CN-GX").param("answering", "VN-CB").param("on", "2025-01-31"))
                .andExpect(jsonPath("$.withinHours").value(360));
        mvc.perform(post("/api/v1/engagements/agreements").header(HttpHeaders.AUTHORIZATION, "Bearer " + officer)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void theApiRefusesBadInputWithEveryProblemByField() throws Exception {
        String officer = token("cb.officer");
        mvc.perform(post("/api/v1/engagements/visits").header(HttpHeaders.AUTHORIZATION, "Bearer " + officer)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).content("""
                                {"partner":"CN-GX","details":{"sendingAgency":"CN-GX","receivingAgency":"CN-GX",
                                 "startsOn":"2025-04-02","endsOn":"2025-04-01","place":"","purpose":"Khảo sát",
                                 "head":{"name":""},"members":[]}}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='details.receivingAgency')].message")
                        .value("The receiving side must be the other side, not CN-GX again."))
                .andExpect(jsonPath("$.errors[?(@.field=='details.endsOn')].message")
                        .value("2025-04-01 is before the first day, 2025-04-02."))
                .andExpect(jsonPath("$.errors[?(@.field=='details.place')].message").value("Required."))
                .andExpect(jsonPath("$.errors[?(@.field=='details.head.name')].message").value("Required."));
        mvc.perform(post("/api/v1/engagements/visits").header(HttpHeaders.AUTHORIZATION, "Bearer " + officer)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partner\":\"LA-VT\",\"details\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details"))
                .andExpect(jsonPath("$.errors[0].message").value("必填。"));
        mvc.perform(post("/api/v1/engagements/visits").header(HttpHeaders.AUTHORIZATION, "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/engagements/counts").header(HttpHeaders.AUTHORIZATION, "Bearer " + officer)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("from", "2017-10-31").param("to", "2017-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/engagements/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, "Bearer " + officer))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiCountsTheSeededFiguresAndListsARecordWithItsJointStatus() throws Exception {
        String auditor = token("cb.auditor");
        mvc.perform(get("/api/v1/engagements/counts").header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor)
                        .param("from", "2017-01-01").param("to", "2017-10-31").param("partner", "CN-GX"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delegations").value(24))
                .andExpect(jsonPath("$.trainingCourses").value(9))
                .andExpect(jsonPath("$.trainees").value(77))
                .andExpect(jsonPath("$.traineesBySide.VN-CB").value(77));
        mvc.perform(get("/api/v1/engagements/" + TALKS_2023).header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.details.delegates[5].name").value("罗琦全"))
                .andExpect(jsonPath("$.actionItems.length()").value(4));
    }

    // --- helpers ---

    /**
     * The talks form as an officer fills it in, with both delegations; {@code changes} are field, value pairs that
     * replace or add to what is filled in.
     */
    MockHttpServletRequestBuilder talks(MockHttpSession session, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partner", "CN-GX");
        fields.put("level", "BLO");
        fields.put("hostAgency", "VN-CB");
        fields.put("heldOn", "2025-03-12");
        fields.put("place", "Thành phố Cao Bằng");
        fields.put("agenda", "Kiểm điểm việc thực hiện Quy chế phối hợp quý I/2025.");
        fields.put("delegates[0].agency", "VN-CB");
        fields.put("delegates[0].name", "Lục Văn Thành");
        fields.put("delegates[0].rankTitle", "Trung tá, Chánh Văn phòng");
        fields.put("delegates[0].unit", "Văn phòng BLO Cao Bằng");
        fields.put("delegates[1].agency", "CN-GX");
        fields.put("delegates[1].name", "覃立新");
        fields.put("delegates[1].rankTitle", "主任");
        fields.put("delegates[1].unit", "广西边境联络办公室");
        fields.put("outcomes", "Hai bên trao đổi thông tin đều đặn hằng tháng.");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder post = post("/engagements/talks/new").session(session).with(csrf());
        fields.forEach(post::param);
        return post;
    }

    MockHttpServletRequestBuilder correction(UUID id, MockHttpSession session) throws Exception {
        // the form as the page filled it in: every field of the record, one changed by the test
        String form = page(get("/engagements/" + id + "/correction").session(session), "en");
        MockHttpServletRequestBuilder post = post("/engagements/" + id + "/correction").session(session).with(csrf());
        Matcher inputs = Pattern.compile("<input type=\"text\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"").matcher(form);
        while (inputs.find()) {
            post.param(inputs.group(1), HtmlUtils.htmlUnescape(inputs.group(2)));
        }
        Matcher dates = Pattern.compile("<input type=\"date\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"").matcher(form);
        while (dates.find()) {
            post.param(dates.group(1), dates.group(2));
        }
        Matcher selects = Pattern.compile("<select[^>]*?name=\"([^\"]+)\"[\\s\\S]*?<option[^>]*?value=\"([^\"]*)\" selected")
                .matcher(form);
        while (selects.find()) {
            post.param(selects.group(1), selects.group(2));
        }
        return post;
    }

    RequestBuilder attach(MockMultipartFile file, MockHttpSession session) {
        return multipart("/engagements/" + REGULATION + "/signed-text").file(file).session(session).with(csrf());
    }

    String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** The payloads of the messages of a type about a record waiting for Guangxi. */
    List<String> outbox(String type, String recordId) {
        return jdbc.queryForList("SELECT payload FROM outbox WHERE type = ? AND correlation_id = ? AND recipient = 'CN-GX'",
                String.class, type, recordId);
    }

    String token(String username) {
        return accounts.createToken(accounts.findLogin(username).orElseThrow().officer(), "test " + UUID.randomUUID())
                .rawToken();
    }

    List<String> actions(String recordType, String id) {
        return audit.search(new AuditQuery(null, null, recordType, id, null, null), 100).reversed().stream()
                .map(r -> r.entry().action() + " by " + r.entry().actor()).toList();
    }

    static String fieldError(String page, String field) {
        Matcher m = Pattern.compile("data-testid=\"error-" + Pattern.quote(field) + "\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    /** The status shown for an action item (the first row with its id). */
    static String itemStatus(String page, String itemId) {
        Matcher m = Pattern.compile("data-item=\"" + itemId + "\"[\\s\\S]*?data-testid=\"item-status\">([^<]*)<").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    static String itemIdOf(String page, String text) {
        Matcher m = Pattern.compile("data-item=\"([0-9a-f-]{36})\">\\s*<td>\\s*<span>" + Pattern.quote(text)).matcher(page);
        return m.find() ? m.group(1) : null;
    }
}
