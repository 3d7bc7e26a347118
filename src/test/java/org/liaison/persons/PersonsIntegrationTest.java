package org.liaison.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Persons and wanted notices as the officers, auditor and administrator of the Cao Bang demo node meet them:
 * recording a person through the form (rows of names and documents, refusals next to the fields, conflicts shown
 * not refused), the list's search, read-only partner records, wanted notices with photos, sharing and withdrawing,
 * the REST API, who may do what, and an audit line for every record read.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class PersonsIntegrationTest {

    /** Seeded on VN-CB: Cao Bang's own record of Hoàng Thị Mai, and Guangxi's record of 覃海生 received with a notice. */
    static final UUID MAI = UUID.nameUUIDFromBytes("liaison-demo:person:vn-mai".getBytes());
    static final UUID QIN = UUID.nameUUIDFromBytes("liaison-demo:person:cn-qin".getBytes());
    static final UUID MAI_NOTICE = UUID.nameUUIDFromBytes("liaison-demo:notice:vn-mai-drugs".getBytes());
    static final UUID QIN_NOTICE = UUID.nameUUIDFromBytes("liaison-demo:notice:cn-qin-fraud".getBytes());
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficerAccounts accounts;

    // --- recording a person through the form ---

    @Test
    void officerRecordsAPersonWithNamesInThreeScriptsAndReadsItBack() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        MvcResult saved = mvc.perform(personForm(post("/persons/new").session(officer).with(csrf()),
                        "Bế Văn Khoa", "BE VAN KHOA", "闭文科", "020086001234"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).matches("/persons/[0-9a-f-]{36}");
        String id = location.substring("/persons/".length());

        String page = page(get(location).session(officer), "en");
        assertThat(page).contains("Bế Văn Khoa", "BE VAN KHOA", "闭文科", "020086001234", "Lạng Sơn", "Agrees with the record.");
        // the screening module reads a new record once it is committed (to index it and screen it against the
        // partners' notices); its listener runs asynchronously, so its read may come before or after the officer's
        org.liaison.support.Eventually.await(() -> actions("person", id).size() == 3);
        List<String> actions = actions("person", id);
        assertThat(actions.getFirst()).isEqualTo("CREATE by cb.officer");
        assertThat(actions.subList(1, 3)).containsExactlyInAnyOrder("READ by system:screening", "READ by cb.officer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi    | Ký tự kiểm tra (ký tự thứ 18) phải là 4, nhưng là 3: có chữ số bị gõ sai hoặc bị đảo chỗ.
            zh-CN | 校验码（第 18 位）应为 4，实为 3：有数字输错或相邻数字颠倒。
            en    | The check character (character 18) should be 4, is 3: a digit was mistyped or two digits swapped.
            """)
    void aMistypedResidentIdIsRefusedNextToTheFieldInTheReadersLanguageAndNothingIsSaved(String lang, String message)
            throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int before = count("person");
        long auditBefore = audit.search(AuditQuery.all(), 100_000).size();

        String page = mvc.perform(post("/persons/new").param("lang", lang).session(officer).with(csrf())
                        .param("names[0].text", "罗建华").param("names[0].script", "HAN").param("names[0].kind", "PRIMARY")
                        .param("sex", "MALE").param("nationality", "CHN")
                        .param("documents[0].type", "CN_RESIDENT_ID").param("documents[0].number", "450102198503141233"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "documents[0].number")).isEqualTo(message);
        assertThat(page).contains("450102198503141233");
        assertThat(count("person")).isEqualTo(before);
        assertThat(audit.search(AuditQuery.all(), 100_000)).hasSize((int) auditBefore);
    }

    @Test
    void everyProblemIsShownAtOnceNextToItsField() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String page = mvc.perform(post("/persons/new").param("lang", "en").session(officer).with(csrf())
                        .param("names[0].text", "").param("names[0].script", "VIETNAMESE").param("names[0].kind", "PRIMARY")
                        .param("names[1].text", "Hoàng Văn Sáu").param("names[1].script", "LATIN").param("names[1].kind", "PRIMARY")
                        .param("names[2].text", "黄文六").param("names[2].script", "VIETNAMESE").param("names[2].kind", "ALIAS")
                        .param("sex", "MALE")
                        .param("birth.precision", "FULL").param("birth.year", "19x0").param("birth.month", "2").param("birth.day", "30")
                        .param("nationality", "VN")
                        .param("documents[0].type", "VN_CITIZEN_ID").param("documents[0].number", "003188012345"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "names[1].text")).isEqualTo(
                "Character 3 (“à”) has a diacritic; Latin names are written without them (choose Vietnamese or Pinyin to keep it).");
        assertThat(fieldError(page, "names[2].text")).isEqualTo("Character 1 (“黄”) is a Han character; choose the script Han characters.");
        assertThat(fieldError(page, "birth.year")).isEqualTo("Not a valid value.");
        assertThat(fieldError(page, "nationality")).isEqualTo("VN is a two-letter code; enter the three-letter code VNM.");
        assertThat(fieldError(page, "documents[0].number"))
                .isEqualTo("Digits 1–3 are 003, which is no Vietnamese province code (Cao Bằng is 004).");
        assertThat(page).contains("Nothing was saved. Please correct the marked fields.");
    }

    @Test
    void aBirthDateOrSexThatDisagreesWithTheIdIsSavedAndShownAsAWarning() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        // the ID encodes a man born 1985-03-14; the officer noted a woman born in 1986
        String location = mvc.perform(post("/persons/new").session(officer).with(csrf())
                        .param("names[0].text", "韦德明").param("names[0].script", "HAN").param("names[0].kind", "PRIMARY")
                        .param("sex", "FEMALE").param("birth.precision", "YEAR").param("birth.year", "1986")
                        .param("nationality", "CHN")
                        .param("documents[0].type", "CN_RESIDENT_ID").param("documents[0].number", "450102198503141234"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        String page = page(get(location).session(officer), "en");
        assertThat(page).contains("data-testid=\"person-warnings\"",
                "The number encodes Male; the record says Female.",
                "The number encodes birth 1985-03-14; the record says 1986.");
    }

    @Test
    void rowsAreAddedAndRemovedWithTheFormsOwnButtonsWithoutSaving() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int before = count("person");

        String added = HtmlUtils.htmlUnescape(mvc.perform(post("/persons/new").session(officer).with(csrf()).param("add", "name")
                        .param("names[0].text", "Lý Thị Hằng").param("names[0].script", "VIETNAMESE").param("names[0].kind", "PRIMARY")
                        .param("names[1].text", "LY THI HANG").param("names[1].script", "LATIN").param("names[1].kind", "AS_ON_DOCUMENT"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(added).contains("name=\"names[2].text\"", "value=\"Lý Thị Hằng\"", "value=\"LY THI HANG\"");

        String removed = HtmlUtils.htmlUnescape(mvc.perform(post("/persons/new").session(officer).with(csrf()).param("remove", "name:0")
                        .param("names[0].text", "Lý Thị Hằng").param("names[0].script", "VIETNAMESE").param("names[0].kind", "PRIMARY")
                        .param("names[1].text", "LY THI HANG").param("names[1].script", "LATIN").param("names[1].kind", "AS_ON_DOCUMENT"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(removed).doesNotContain("Lý Thị Hằng").contains("value=\"LY THI HANG\"").doesNotContain("names[1].text");
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void anOfficerCorrectsTheRecordAndAStaleFormIsRefused() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String location = mvc.perform(personForm(post("/persons/new").session(officer).with(csrf()),
                        "Hà Văn Tú", "HA VAN TU", "何文秀", null))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        String form = HtmlUtils.htmlUnescape(page(get(location + "/edit").session(officer), "en"));
        assertThat(form).contains("value=\"Hà Văn Tú\"", "name=\"version\" value=\"0\"");

        mvc.perform(personForm(post(location + "/edit").session(officer).with(csrf()), "Hà Văn Tú", "HA VAN TU", "何文秀", null)
                        .param("version", "0").param("names[3].text", "Tú Sẹo").param("names[3].script", "VIETNAMESE")
                        .param("names[3].kind", "ALIAS"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(location).session(officer), "en")).contains("Tú Sẹo");

        String stale = mvc.perform(personForm(post(location + "/edit").param("lang", "en").session(officer).with(csrf()),
                        "Hà Văn Tú", "HA VAN TU", "何文秀", null).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone changed this record since you opened it; nothing was saved.");
    }

    // --- the list and its search ---

    @Test
    void searchIgnoresDiacriticsAndCaseAndAuditsEachRecordListed() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String page = page(get("/persons").param("q", "hoang thi").session(officer), "vi");

        assertThat(page).contains("Hoàng Thị Mai").doesNotContain("Lương Văn Đức");
        assertThat(audit.search(new AuditQuery("cb.officer", "READ", "person", MAI.toString(), null, null), 10))
                .extracting(r -> r.entry().detail()).contains("search: hoang thi");
        assertThat(page(get("/persons").param("q", "LUONG VAN DUC").session(officer), "vi")).contains("Lương Văn Đức");
        assertThat(page(get("/persons").param("q", "004188012345").session(officer), "vi")).contains("Hoàng Thị Mai");
    }

    @Test
    void partnersRecordsAreListedAsReceivedAndAreReadOnly() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String received = page(get("/persons").param("origin", "RECEIVED").session(officer), "en");
        assertThat(received).contains("覃海生", "received from").doesNotContain("Hoàng Thị Mai");

        String detail = page(get("/persons/" + QIN).session(officer), "en");
        assertThat(detail).contains("read-only here").doesNotContain("data-testid=\"edit-person\"");
        mvc.perform(get("/persons/" + QIN + "/edit").session(officer))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(personForm(post("/persons/" + QIN + "/edit").param("lang", "en").session(officer)
                        .with(csrf()), "Qin", "QIN", "覃", null).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("This record belongs to CN-GX; it is read-only here.");
    }

    // --- who may do what ---

    @Test
    void auditorsReadButDoNotWriteAndAdministratorsDoNotSeePersons() throws Exception {
        MockHttpSession auditor = FormLogin.logIn(mvc, "cb.auditor");
        assertThat(page(get("/persons/" + MAI).session(auditor), "en")).contains("Hoàng Thị Mai")
                .doesNotContain("data-testid=\"edit-person\"");
        assertThat(audit.search(new AuditQuery("cb.auditor", "READ", "person", MAI.toString(), null, null), 10)).isNotEmpty();
        mvc.perform(get("/persons/new").session(auditor)).andExpect(status().isForbidden());
        mvc.perform(personForm(post("/persons/new").session(auditor).with(csrf()), "A", "A", "阿", null))
                .andExpect(status().isForbidden());

        MockHttpSession admin = FormLogin.logIn(mvc, "cb.admin");
        mvc.perform(get("/persons").session(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/wanted-notices/" + MAI_NOTICE).session(admin)).andExpect(status().isForbidden());
    }

    // --- wanted notices ---

    @Test
    void anOfficerIssuesANoticeWithAPhotoServedBackOnlyAsAnImage() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String location = mvc.perform(notice(MAI, new MockMultipartFile("photo", "mai.png", "image/png", PNG)).session(officer))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/wanted-notices/".length());

        String page = page(get(location).session(officer), "en");
        assertThat(page).contains("Hoàng Thị Mai", "Vận chuyển trái phép chất ma túy", "Drugs", "Active",
                "Armed with a knife", "/wanted-notices/" + id + "/photo");
        mvc.perform(get(location + "/photo").session(officer))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "inline"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"));
        assertThat(actions("wanted_notice", id)).containsExactly("CREATE by cb.officer", "READ by cb.officer",
                "READ by cb.officer");
        // bytes that are no longer an image (changed in the database) are not served, whatever type is stored
        jdbc.update("UPDATE wanted_notice_photo SET bytes = ? WHERE notice_id = ?",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                UUID.fromString(id));
        mvc.perform(get(location + "/photo").session(officer)).andExpect(status().isNotFound());
    }

    @Test
    void aFileThatIsNotAnImageOrTooLargeIsRefusedWhateverItClaims() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int before = count("wanted_notice");

        String html = mvc.perform(notice(MAI, new MockMultipartFile("photo", "photo.png", "image/png",
                        "<html><script>alert(1)</script></html>".getBytes())).param("lang", "en").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(html, "photo")).isEqualTo("The file is not a JPEG or PNG image.");

        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        String large = mvc.perform(notice(MAI, new MockMultipartFile("photo", "big.png", "image/png", big))
                        .param("lang", "en").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(large, "photo")).isEqualTo("The photo has 2049 KB; at most 2 MB.");
        assertThat(count("wanted_notice")).isEqualTo(before);
    }

    @Test
    void aNoticeOnAPartnersRecordIsRefused() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String page = mvc.perform(notice(QIN, null).param("lang", "en").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "personId"))
                .isEqualTo("This person record belongs to CN-GX; issue notices on your agency’s records.");
    }

    @Test
    void sharingNeedsAPairedPartnerAndWithdrawingNeedsAReason() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String location = mvc.perform(notice(MAI, null).session(officer))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(get(location).session(officer), "en")).contains("The wanted notice is issued.");

        // this node is not paired with Vientiane's
        mvc.perform(post(location + "/share").session(officer).with(csrf()).param("agency", "LA-VT"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(location).session(officer), "en"))
                .contains("LA-VT is not a paired partner agency of this node.", "Not shared with any partner yet.");

        mvc.perform(post(location + "/withdraw").session(officer).with(csrf()).param("reason", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(location).session(officer), "en")).contains("Say why the notice is withdrawn.", "Active");

        mvc.perform(post(location + "/withdraw").session(officer).with(csrf()).param("reason", "Quyết định truy nã bị hủy."))
                .andExpect(status().is3xxRedirection());
        String withdrawn = page(get(location).session(officer), "en");
        assertThat(withdrawn).contains("Withdrawn", "Quyết định truy nã bị hủy.").doesNotContain("data-testid=\"withdraw-form\"");
        String id = location.substring("/wanted-notices/".length());
        assertThat(actions("wanted_notice", id)).contains("WITHDRAW by cb.officer");
    }

    @Test
    void aReceivedNoticeIsReadOnlyAndAnOwnAgencyOnlyNoticeCannotBeShared() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");

        String received = page(get("/wanted-notices/" + QIN_NOTICE).session(officer), "en");
        assertThat(received).contains("覃海生", "Telecom fraud", "received from")
                .doesNotContain("data-testid=\"share-form\"", "data-testid=\"withdraw-form\"");
        mvc.perform(post("/wanted-notices/" + QIN_NOTICE + "/withdraw").session(officer).with(csrf()).param("reason", "x"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/wanted-notices/" + QIN_NOTICE).session(officer), "en"))
                .contains("This notice was issued by CN-GX; only they can share or end it.");

        String list = page(get("/wanted-notices").param("origin", "OWN").param("status", "EXECUTED").session(officer), "en");
        assertThat(list).contains("Nông Văn Tuấn", "Own agency only").doesNotContain("覃海生");
    }

    // --- REST API ---

    @Test
    void theApiRecordsAPersonAndShowsWhatItsDocumentsSay() throws Exception {
        String token = token("cb.officer");

        String body = """
                {"names":[{"text":"Triệu Thị Lan","script":"VIETNAMESE","kind":"PRIMARY"},
                          {"text":"赵氏兰","script":"HAN","kind":"ALIAS"}],
                 "sex":"FEMALE","birth":{"precision":"YEAR_MONTH","year":1995,"month":4},"nationality":"VNM",
                 "documents":[{"type":"VN_CITIZEN_ID","number":"004 096 123 456"}]}""";
        String created = mvc.perform(post("/api/v1/persons").header("Authorization", "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.names[0].text").value("Triệu Thị Lan"))
                .andExpect(jsonPath("$.birth.text").value("1995-04"))
                .andExpect(jsonPath("$.documents[0].number").value("004096123456"))
                .andExpect(jsonPath("$.documents[0].issuingCountry").value("VNM"))
                .andExpect(jsonPath("$.documents[0].encodes.sex").value("MALE"))
                .andExpect(jsonPath("$.documents[0].conflicts[0]").value("The number encodes Male; the record says Female."))
                .andExpect(jsonPath("$.documents[0].conflicts[1]").value("The number encodes birth 1996; the record says 1995-04."))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(get(created).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(true))
                .andExpect(jsonPath("$.originAgency").value("VN-CB"));
        mvc.perform(get("/api/v1/persons").param("q", "trieu").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Triệu Thị Lan"));
    }

    @Test
    void theApiRefusesWithEveryFieldErrorInTheCallersLanguage() throws Exception {
        String token = token("cb.officer");
        int before = count("person");

        mvc.perform(post("/api/v1/persons").header("Authorization", "Bearer " + token)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"names":[{"text":"Lục Văn Bình","script":"KLINGON","kind":"PRIMARY"}],"sex":"MALE",
                                 "documents":[{"type":"CN_RESIDENT_ID","number":"45010219850314104"},
                                              {"type":"PASSPORT","number":"B1234567"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='names[0].script')].message").value("“KLINGON”不在可选范围内。"))
                .andExpect(jsonPath("$.errors[?(@.field=='documents[0].number')].message")
                        .value("中国居民身份证号码为 18 位，此号码为 17 位。"))
                .andExpect(jsonPath("$.errors[?(@.field=='documents[1].issuingCountry')].message").value("必填。"));
        assertThat(count("person")).isEqualTo(before);

        mvc.perform(post("/api/v1/persons").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").doesNotExist());
    }

    @Test
    void theApiIssuesAndListsNoticesAndAuditorsOnlyRead() throws Exception {
        String officer = token("cb.officer");
        String body = """
                {"personId":"%s","charges":"Tàng trữ trái phép vũ khí quân dụng (Điều 304 BLHS).","crimeArea":"FIREARMS",
                 "issuingAuthority":"Công an tỉnh Cao Bằng","warrantReference":"21/QĐ-CSĐT","handlingCode":"NO_ONWARD_SHARING",
                 "photo":"%s"}""".formatted(MAI, java.util.Base64.getEncoder().encodeToString(PNG));
        String location = mvc.perform(post("/api/v1/wanted-notices").header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.crimeArea").value("FIREARMS"))
                .andExpect(jsonPath("$.hasPhoto").value(true))
                .andExpect(jsonPath("$.person.id").value(MAI.toString()))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        String auditor = token("cb.auditor");
        mvc.perform(get(location).header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/wanted-notices").param("crimeArea", "FIREARMS").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id=='" + location.substring(location.lastIndexOf('/') + 1) + "')].personName")
                        .value("Hoàng Thị Mai"));
        mvc.perform(post("/api/v1/wanted-notices").header("Authorization", "Bearer " + auditor)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }

    // --- helpers ---

    static MockHttpServletRequestBuilder personForm(MockHttpServletRequestBuilder b, String vietnamese, String latin,
                                                    String han, String citizenId) {
        b.param("names[0].text", vietnamese).param("names[0].script", "VIETNAMESE").param("names[0].kind", "PRIMARY")
                .param("names[1].text", latin).param("names[1].script", "LATIN").param("names[1].kind", "AS_ON_DOCUMENT")
                .param("names[2].text", han).param("names[2].script", "HAN").param("names[2].kind", "ALIAS")
                .param("sex", "MALE").param("birth.precision", "YEAR").param("birth.year", "1986")
                .param("nationality", "VNM");
        if (citizenId != null) {
            b.param("documents[0].type", "VN_CITIZEN_ID").param("documents[0].number", citizenId);
        }
        return b;
    }

    static MockMultipartHttpServletRequestBuilder notice(UUID person, MockMultipartFile photo) {
        var b = multipart("/wanted-notices/new");
        if (photo != null) {
            b.file(photo);
        }
        return b.with(csrf()).param("personId", person.toString())
                .param("charges", "Vận chuyển trái phép chất ma túy (Điều 250 Bộ luật Hình sự).")
                .param("crimeArea", "DRUGS").param("issuingAuthority", "Cơ quan CSĐT Công an tỉnh Cao Bằng")
                .param("warrantReference", "31/QĐ-CSĐT").param("dangerWarnings", "Armed with a knife.")
                .param("handlingCode", "LAW_ENFORCEMENT_ONLY");
    }

    String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    String token(String username) {
        return accounts.createToken(accounts.findLogin(username).orElseThrow().officer(), "test " + UUID.randomUUID()).rawToken();
    }

    /** The audit trail of one record, oldest first, as "ACTION by actor". */
    List<String> actions(String recordType, String id) {
        List<AuditRecord> rows = audit.search(new AuditQuery(null, null, recordType, id, null, null), 100);
        return rows.reversed().stream().map(r -> r.entry().action() + " by " + r.entry().actor()).toList();
    }

    /** The error shown next to a field, unescaped, or null. */
    static String fieldError(String page, String field) {
        Matcher m = Pattern.compile("data-testid=\"error-" + Pattern.quote(field) + "\"[^>]*>([^<]*)<").matcher(page);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }
}
