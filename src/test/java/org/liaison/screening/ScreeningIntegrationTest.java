package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.directory.OfficerAccounts;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonRecorded;
import org.liaison.screening.PartnerMessages.Birth;
import org.liaison.screening.PartnerMessages.Name;
import org.liaison.support.FormLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Screening on the Cao Bang demo node (H2), as its officers meet it: the alerts the seeded Guangxi notices raised,
 * a partner's notice screened against our persons when it arrives and a person recorded later screened against the
 * notices in force, the side-by-side review (confirm tells Guangxi, with or without the particulars; dismiss needs a
 * reason; a review stands), one name from the search box, the REST API, a notice ending, partners' confirmations,
 * and the index rebuild with its one audit line.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class ScreeningIntegrationTest {

    static final UUID NONG_NOTICE = demo("notice:cn-nong-drugs");
    static final UUID QIN_NOTICE = demo("notice:cn-qin-fraud");
    static final UUID MAI_NOTICE = demo("notice:vn-mai-drugs");
    static final UUID CUONG = demo("person:vn-cuong");
    static final UUID DAM = demo("person:vn-dam");

    @Autowired
    org.liaison.screening.internal.PersonIndex personIndex;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    ApplicationContext context;

    PartnerMessages guangxi;

    @BeforeEach
    void guangxi() {
        guangxi = new PartnerMessages(context);
    }

    // --- the seeded history ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi    | 农 ~ Nông (âm Hán-Việt nông)       | trùng năm sinh (1984)
            zh-CN | 农 ~ Nông（汉越音 nông）              | 出生年份相同（1984）
            en    | 农 ~ Nông (Hán-Việt reading nông) | birth year matches (1984)
            """)
    void guangxisNoticeForAManInHanCharactersIsAnAlertAgainstOurRecordInVietnamese(String lang, String part,
                                                                                    String birth) throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        UUID hit = hit(NONG_NOTICE, CUONG);

        String alerts = page(get("/screening/alerts").session(officer), lang);
        assertThat(alerts).contains("data-hit=\"" + hit + "\"", "农志强", "Nông Chí Cường", "data-testid=\"alert-count\"");

        String page = page(get("/screening/hits/" + hit).session(officer), lang);
        assertThat(page).contains(part, birth, "崇公刑捕字〔2025〕第0158号", "451481198403091359", "data-testid=\"confirm-form\"");
        assertThat(actions("screening_hit", hit.toString())).startsWith("CREATE by system:screening").contains("READ by cb.officer");
    }

    @Test
    void theHistoryHoldsADismissedNamesakeAndGuangxisConfirmationOfOurNotice() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String dismissed = page(get("/screening/hits/" + hit(QIN_NOTICE, DAM)).session(officer), "en");
        assertThat(dismissed).contains("Dismissed by Hoàng Văn Nam", "Không phải cùng một người",
                "birth dates differ (1986-07-21 and 1961-02-14)").doesNotContain("data-testid=\"confirm-form\"");

        String notice = page(get("/screening/notices/" + MAI_NOTICE).session(officer), "vi");
        assertThat(notice).contains("Quảng Tây", "韦海燕", "黄氏梅", "1988-05-12", "Hoàng ~ 黄 (âm Hán-Việt hoàng)",
                "凭祥市公安局");
    }

    // --- automatic screening ---

    @Test
    void aPartnersNoticeIsScreenedAgainstOurOwnPersonsWhenItArrives() throws Exception {
        String token = token("cb.officer");
        UUID ours = record(token, """
                {"names":[{"text":"Vi Văn Kiên","script":"VIETNAMESE","kind":"PRIMARY"}],
                 "sex":"MALE","birth":{"precision":"YEAR","year":1979},"nationality":"VNM"}""");
        UUID notice = UUID.randomUUID();
        UUID wanted = UUID.randomUUID();

        guangxi.notice(notice, wanted, List.of(new Name("韦文坚", "HAN", "PRIMARY"), new Name("Wéi Wénjiān", "PINYIN", "PRIMARY")),
                "MALE", new Birth("FULL", 1979, 6, 2), "VNM");

        await(() -> count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ?", notice) > 0);
        assertThat(jdbc.queryForList("SELECT person_id FROM screening_hit WHERE notice_id = ?", UUID.class, notice))
                .as("only our own record, not the received copy of the wanted person").containsExactly(ours);
        UUID hit = hit(notice, ours);
        List<String> kinds = jdbc.queryForList(
                "SELECT kind FROM screening_hit_line WHERE screening_hit = ? ORDER BY screening_hit_key", String.class, hit);
        // the notice's screen explains each part by its Hán-Việt reading; when the person's own screen (queued since
        // it was recorded) gets there first it names the shared characters instead
        assertThat(kinds.subList(0, 3)).isIn(List.of("HAN_VIET", "HAN_VIET", "HAN_VIET"),
                List.of("SHARED_CHARACTER", "SHARED_CHARACTER", "SHARED_CHARACTER"));
        assertThat(kinds).contains("BIRTH_YEAR_MATCHES");
        assertThat(jdbc.queryForObject("SELECT status FROM screening_hit WHERE id = ?", String.class, hit)).isEqualTo("NEW");
    }

    /**
     * Person indexing and notice screening are separate listeners that run in any order. Here the notice is screened
     * before our person is in the index, and our person's own screen runs before the partner's person is indexed:
     * the partner's person, indexed last, must bring the alert.
     */
    @Test
    void aNoticeFindsOurPersonWhicheverOrderTheIndexCatchesUpIn() throws Exception {
        UUID ours = record(token("cb.officer"), """
                {"names":[{"text":"Hà Văn Thụ","script":"VIETNAMESE","kind":"PRIMARY"}],"sex":"MALE","nationality":"VNM"}""");
        listenersDone(ours);
        personIndex.forget(new PersonId(ours)); // not indexed yet when the notice arrives

        UUID notice = UUID.randomUUID();
        UUID wanted = UUID.randomUUID();
        guangxi.notice(notice, wanted, List.of(new Name("何文树", "HAN", "PRIMARY")), "MALE", null, "VNM");
        listenersDone(notice);
        listenersDone(wanted);
        assertThat(count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ?", notice)).isZero();

        personIndex.forget(new PersonId(wanted)); // and the partner's person not indexed when ours is screened
        published(new PersonRecorded(new PersonId(ours), "VN-CB", true));
        listenersDone(ours);
        assertThat(count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ?", notice)).isZero();

        published(new PersonRecorded(new PersonId(wanted), "CN-GX", false));
        await(() -> count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ? AND person_id = ?", notice, ours) == 1);
    }

    /** Publishes the event in a transaction of its own, as the persons module does when it writes a record. */
    private void published(Object event) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(s -> context.publishEvent(event));
    }

    /** Waits until every listener of the events about {@code id} has run. */
    private void listenersDone(UUID id) {
        await(() -> count("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
                "%" + id + "%") == 0);
    }

    @Test
    void aPersonRecordedAfterTheNoticeArrivedIsScreenedAgainstIt() throws Exception {
        UUID ours = record(token("cb.officer"), """
                {"names":[{"text":"NONG ZHIQIANG","script":"LATIN","kind":"PRIMARY"}],
                 "sex":"MALE","birth":{"precision":"YEAR","year":1984},"nationality":"CHN"}""");

        await(() -> count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ? AND person_id = ?", NONG_NOTICE, ours) == 1);
        UUID hit = hit(NONG_NOTICE, ours);
        assertThat(jdbc.queryForObject("SELECT notice_name FROM screening_hit WHERE id = ?", String.class, hit))
                .isIn("农志强", "Nóng Zhìqiáng");
        assertThat(jdbc.queryForList("SELECT kind FROM screening_hit_line WHERE screening_hit = ?", String.class, hit))
                .contains("BIRTH_YEAR_MATCHES", "NATIONALITY_MATCHES").doesNotContain("DIFFERENT");
    }

    @Test
    void aNoticeThatEndsNoLongerRaisesAnAlert() throws Exception {
        UUID ours = record(token("cb.officer"), """
                {"names":[{"text":"Lục Văn Tài","script":"VIETNAMESE","kind":"PRIMARY"}],"sex":"MALE","nationality":"VNM"}""");
        indexedNow(ours);
        UUID notice = UUID.randomUUID();
        guangxi.notice(notice, UUID.randomUUID(), List.of(new Name("陆文才", "HAN", "PRIMARY")), "MALE", null, "VNM");
        await(() -> count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ? AND status = 'NEW' AND notice_active = TRUE",
                notice) == 1);
        guangxi.withdrawal(notice);

        // this notice's hit only: other tests' persons may still be screened in the background meanwhile
        await(() -> count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ? AND notice_active = TRUE", notice) == 0);
        String page = page(get("/screening/hits/" + hit(notice, ours)).session(FormLogin.logIn(mvc, "cb.officer")), "en");
        assertThat(page).contains("Withdrawn", "data-testid=\"confirm-form\"");
    }

    // --- review ---

    @Test
    void confirmingTellsGuangxiWithWhatTheMatchWasMadeOnAndAReviewStands() throws Exception {
        guangxi.pairWithGuangxi();
        UUID ours = record(token("cb.officer"), """
                {"names":[{"text":"Hà Thị Thu","script":"VIETNAMESE","kind":"PRIMARY"},
                          {"text":"HA THI THU","script":"LATIN","kind":"AS_ON_DOCUMENT"}],
                 "sex":"FEMALE","birth":{"precision":"FULL","year":1993,"month":2,"day":11},"nationality":"VNM",
                 "documents":[{"type":"VN_CITIZEN_ID","number":"004193000381"}]}""");
        indexedNow(ours);
        UUID notice = UUID.randomUUID();
        guangxi.notice(notice, UUID.randomUUID(), List.of(new Name("何氏秋", "HAN", "PRIMARY")), "FEMALE",
                new Birth("FULL", 1993, 2, 11), "VNM");
        await(() -> count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ?", notice) == 1);
        UUID hit = hit(notice, ours);
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        // a dismissal without a reason changes nothing and says why next to the field
        String refused = follow(post("/screening/hits/" + hit + "/dismiss").session(officer).with(csrf()).param("reason", " "),
                officer, "en");
        assertThat(fieldError(refused, "reason")).isEqualTo("Say why they are different people.");
        assertThat(hitStatus(hit)).isEqualTo("NEW");
        assertThat(actions("screening_hit", hit.toString())).doesNotContain("DISMISS by cb.officer");

        String confirmed = follow(post("/screening/hits/" + hit + "/confirm").session(officer).with(csrf())
                .param("note", "Đã đối chiếu ảnh và CCCD."), officer, "en");
        assertThat(confirmed).contains("Confirmed. The notice’s owner is being told.", "Confirmed by Nông Thị Hoa");
        assertThat(hitStatus(hit)).isEqualTo("CONFIRMED");
        var message = jdbc.queryForMap("SELECT recipient, type, payload, summary FROM outbox WHERE correlation_id = ?",
                notice.toString());
        assertThat(message.get("recipient")).isEqualTo("CN-GX");
        assertThat(message.get("type")).isEqualTo("screening.hit-confirmed");
        assertThat((String) message.get("payload")).contains("\"withheld\":false", "Hà Thị Thu", "HA THI THU",
                "\"officerName\":\"Nông Thị Hoa\"", "Đã đối chiếu ảnh và CCCD.", "HAN_VIET")
                .as("document numbers stay here").doesNotContain("004193000381");
        assertThat((String) message.get("summary")).doesNotContain("Hà Thị Thu");
        assertThat(actions("screening_hit", hit.toString())).contains("CONFIRM by cb.officer");

        // a review stands: another officer's second review is refused with who reviewed it
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        String again = follow(post("/screening/hits/" + hit + "/dismiss").session(supervisor).with(csrf())
                .param("reason", "Khác người"), supervisor, "vi");
        assertThat(again).contains("Kết quả nghi trùng này đã được xem xét (Đã xác nhận, do Nông Thị Hoa, lúc");
        assertThat(hitStatus(hit)).isEqualTo("CONFIRMED");
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE correlation_id = ?", notice)).isEqualTo(1);
    }

    @Test
    void aRecordOurNoticeKeepsToTheOwnAgencyIsConfirmedWithoutItsParticulars() throws Exception {
        guangxi.pairWithGuangxi();
        String token = token("cb.officer");
        UUID ours = record(token, """
                {"names":[{"text":"Mã Văn Phúc","script":"VIETNAMESE","kind":"PRIMARY"}],"sex":"MALE","nationality":"VNM"}""");
        mvc.perform(post("/api/v1/wanted-notices").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"personId":"%s","charges":"Trộm cắp tài sản.","crimeArea":"OTHER",
                                 "issuingAuthority":"Công an huyện Hà Quảng","warrantReference":"11/QĐ-CSĐT",
                                 "handlingCode":"OWN_AGENCY_ONLY"}""".formatted(ours)))
                .andExpect(status().isCreated());
        UUID notice = UUID.randomUUID();
        guangxi.notice(notice, UUID.randomUUID(), List.of(new Name("马文福", "HAN", "PRIMARY")), "MALE", null, "VNM");
        await(() -> count("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ?", notice) == 1);

        mvc.perform(post("/api/v1/screening/hits/" + hit(notice, ours) + "/confirm").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));

        String payload = jdbc.queryForObject("SELECT payload FROM outbox WHERE correlation_id = ?", String.class, notice.toString());
        assertThat(payload).contains("\"withheld\":true", "\"person\":null", "\"evidence\":[]").doesNotContain("Mã Văn Phúc");
    }

    // --- one name ---

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi    | Nông ~ 农 (âm Hán-Việt nông) | Truy nã: Ma túy
            zh-CN | Nông ~ 农（汉越音 nông）       | 通缉：毒品
            """)
    void oneNameFindsOurRecordAndGuangxisWantedManWithReasonsInTheReadersLanguage(String lang, String line,
                                                                                  String wanted) throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String results = page(post("/screening/search").session(officer).with(csrf()).header("HX-Request", "true")
                .param("name", "Nông Chí Cường").param("birthDate", "1984").param("sex", "M"), lang);

        assertThat(results).doesNotContain("<html").contains("data-person=\"" + CUONG + "\"",
                "data-person=\"" + demo("person:cn-nong") + "\"", line, wanted);
        assertThat(audit.search(new AuditQuery("cb.officer", "SCREEN", "screening", null, null, null), 1))
                .first().satisfies(r -> assertThat(r.entry().detail()).startsWith("one name: Nông Chí Cường, "));
    }

    @Test
    void aBirthDateThatIsNoneIsRefusedNextToItsFieldAndNothingIsSearched() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        long before = audit.search(AuditQuery.all(), 100_000).size();

        String page = page(post("/screening/search").session(officer).with(csrf())
                .param("name", "Hoàng Thị Mai").param("birthDate", "12/05/1988").param("nationality", "XX"), "en");

        assertThat(fieldError(page, "birthDate")).isEqualTo("“12/05/1988” is not a birth date; write 1988-05-12, 1988-05, 1988 or ~1988.");
        assertThat(fieldError(page, "nationality")).isEqualTo("“XX” is not an ISO 3166 country code such as VNM, VN, CHN or CN.");
        assertThat(page).contains("value=\"Hoàng Thị Mai\"").doesNotContain("data-testid=\"results\"");
        assertThat(audit.search(AuditQuery.all(), 100_000)).hasSize((int) before);
    }

    // --- REST API ---

    @Test
    void theApiListsHitsExplainsThemAndRefusesADismissalWithoutReason() throws Exception {
        String token = token("cb.supervisor");
        UUID hit = hit(NONG_NOTICE, CUONG);

        mvc.perform(get("/api/v1/screening/hits").param("status", "NEW").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + hit + "')].personName").value("Nông Chí Cường"));
        mvc.perform(get("/api/v1/screening/hits/" + hit).header("Authorization", "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[0].kind").value("HAN_VIET"))
                .andExpect(jsonPath("$.evidence[0].text").value("农 ~ Nông（汉越音 nông）"));
        mvc.perform(post("/api/v1/screening/hits/" + hit + "/dismiss").header("Authorization", "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Say why they are different people."));
        mvc.perform(post("/api/v1/screening/screen").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"QIN HAISHENG\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].personId").value(demo("person:cn-qin").toString()))
                .andExpect(jsonPath("$.candidates[0].activeNotices[0]").value(QIN_NOTICE.toString()));
        assertThat(hitStatus(hit)).isEqualTo("NEW");
    }

    // --- partners' confirmations ---

    @Test
    void aConfirmationOfOurSharedNoticeIsShownUntilReadAndOneForANoticeNotSharedIsRefused() throws Exception {
        UUID confirmation = UUID.randomUUID();
        String payload = """
                {"hit":"%s","notice":"%s","officer":"gx.officer","officerName":"黄志强","confirmedMs":%d,
                 "note":"在东兴口岸查获。","score":0.97,"withheld":false,
                 "person":{"names":[{"text":"HOANG THI MAI","script":"LATIN","kind":"AS_ON_DOCUMENT"}],"sex":"FEMALE",
                           "birthDate":{"precision":"YEAR","year":1988},"nationality":"VNM"},
                 "evidence":[{"kind":"WITHOUT_DIACRITICS","left":"Hoàng","right":"HOANG","detail":""}]}""";
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        long before = alerts(officer);

        guangxi.apply("screening.hit-confirmed", payload.formatted(confirmation, MAI_NOTICE, System.currentTimeMillis()));

        assertThat(alerts(officer)).isEqualTo(before + 1);
        assertThat(page(get("/screening/notices/" + MAI_NOTICE).session(officer), "en"))
                .contains("黄志强", "在东兴口岸查获。", "Hoàng ~ HOANG (written without diacritics)", "97 %");
        follow(post("/screening/confirmations/" + confirmation + "/noted").session(officer).with(csrf()), officer, "en");
        assertThat(alerts(officer)).isEqualTo(before);
        assertThat(actions("partner_confirmation", confirmation.toString())).startsWith("RECEIVE by partner:CN-GX")
                .contains("NOTE by cb.officer");

        UUID duc = demo("notice:vn-duc-fraud");
        assertThatThrownBy(() -> guangxi.apply("screening.hit-confirmed",
                        payload.formatted(UUID.randomUUID(), duc, System.currentTimeMillis())))
                .isInstanceOf(RejectedMessageException.class)
                .hasMessageContaining("not issued here and shared with CN-GX");
    }

    // --- the index ---

    @Test
    void aSupervisorRebuildsTheIndexWithOneAuditLineForAllRecords() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        long persons = count("SELECT COUNT(*) FROM person");
        int before = indexLines("cb.supervisor").size();

        mvc.perform(post("/screening/index/rebuild").session(supervisor).with(csrf()))
                .andExpect(status().is3xxRedirection());

        await(() -> indexLines("cb.supervisor").size() == before + 1);
        assertThat(indexLines("cb.supervisor").getFirst()).isEqualTo("indexed " + persons + " persons");
        assertThat(indexLines("system:screening")).as("the rebuild at start").isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("indexed \\d+ persons"));
        assertThat(page(get("/screening").session(supervisor), "en")).contains("data-testid=\"rebuild-form\"");
        assertThat(page(get("/screening").session(FormLogin.logIn(mvc, "cb.officer")), "en"))
                .doesNotContain("data-testid=\"rebuild-form\"");
    }

    // --- helpers ---

    /** The audit lines of index rebuilds by one actor, newest first: one line for all records read. */
    List<String> indexLines(String actor) {
        return audit.search(new AuditQuery(actor, "READ", "person", "", null, null), 100_000).stream()
                .map(r -> r.entry().detail()).filter(d -> d.startsWith("indexed ")).toList();
    }

    static UUID demo(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    UUID hit(UUID notice, UUID person) {
        return jdbc.queryForObject("SELECT id FROM screening_hit WHERE notice_id = ? AND person_id = ?", UUID.class,
                notice, person);
    }

    String hitStatus(UUID hit) {
        return jdbc.queryForObject("SELECT status FROM screening_hit WHERE id = ?", String.class, hit);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    long alerts(MockHttpSession session) throws Exception {
        String home = page(get("/").session(session), "en");
        var m = Pattern.compile("data-testid=\"alert-count\">(\\d+)<").matcher(home);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    UUID record(String token, String json) throws Exception {
        String location = mvc.perform(post("/api/v1/persons").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    String token(String username) {
        return accounts.createToken(accounts.findLogin(username).orElseThrow().officer(), "test " + UUID.randomUUID()).rawToken();
    }

    /** The page as the browser shows its text (entities such as {@code &agrave;} resolved). */
    String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Posts a form and opens the page it redirects to, as a browser does. */
    String follow(MockHttpServletRequestBuilder request, MockHttpSession session, String lang) throws Exception {
        var result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        var next = get(result.getResponse().getRedirectedUrl()).session(session);
        return page(result.getFlashMap().isEmpty() ? next : next.flashAttrs(result.getFlashMap()), lang);
    }

    /** The audit trail of one record, oldest first, as "ACTION by actor". */
    List<String> actions(String recordType, String id) {
        List<AuditRecord> rows = audit.search(new AuditQuery(null, null, recordType, id, null, null), 100);
        return rows.reversed().stream().map(r -> r.entry().action() + " by " + r.entry().actor()).toList();
    }

    static String fieldError(String page, String field) {
        var m = Pattern.compile("data-testid=\"error-" + Pattern.quote(field) + "\"[^>]*>([^<]*)<")
                .matcher(page);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    /**
     * Puts the just-recorded person in the name index now rather than when the asynchronous listener gets to it:
     * these tests are about what follows a hit, so the notice's own screen should find the person at once (whichever
     * order the listeners run in, one of them finds the pair: see the test of that order above).
     */
    void indexedNow(UUID person) {
        personIndex.refresh(new org.liaison.persons.PersonId(person));
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
