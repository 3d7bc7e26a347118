package org.liaison.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.directory.internal.DirectoryListings;
import org.liaison.directory.internal.DirectoryListings.GateView;
import org.liaison.directory.internal.DirectoryListings.OfficerView;
import org.liaison.directory.internal.DirectoryListings.UnitView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The directory as administrators and officers of the Cao Bang demo node use it: pages, forms, refusals in
 * the reader's language, role checks, and the REST API with the demo admin's bearer token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryAdminIntegrationTest {

    static final String DEMO_TOKEN = "lia_demo_VN-CB_c40b8a1e5f2d4e97";
    static final String PASSWORD = "liaison-demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    DirectoryListings listings;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficerAccounts accounts;

    // --- pages and forms ---

    @Test
    void adminCreatesUnitAndSeesItInTheList() throws Exception {
        MockHttpSession admin = login("cb.admin");
        String code = uniqueCode("CB-T");

        mvc.perform(post("/admin/directory/units/new").session(admin).with(csrf())
                        .param("agencyCode", "VN-CB").param("code", code).param("kind", "DIVISION")
                        .param("parentCode", "CB-PD")
                        .param("nameLocal", "Phòng Cảnh sát hình sự").param("namePartner", "刑事警察处")
                        .param("nameEn", "Criminal Police Division"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/directory/units"))
                .andExpect(flash().attribute("saved", code));

        String page = page(get("/directory/units").session(admin), "vi");
        assertThat(page).contains(code, "Phòng Cảnh sát hình sự", "Phòng nghiệp vụ");
        UnitView saved = unit("VN-CB", code);
        assertThat(saved.parentCode()).isEqualTo("CB-PD");
        assertThat(audit.search(new AuditQuery(null, "CREATE", "unit", String.valueOf(saved.id()), null, null), 5))
                .extracting(r -> r.entry().actor()).containsExactly("cb.admin");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi    | Cơ quan VN-CB đã có đơn vị mang mã CB-PC04.
            zh-CN | 机构 VN-CB 已有代码为 CB-PC04 的单位。
            en    | Agency VN-CB already has a unit with code CB-PC04.
            """)
    void duplicateUnitCodeIsRefusedInTheReadersLanguageAndNothingIsSaved(String lang, String message) throws Exception {
        MockHttpSession admin = login("cb.admin");
        int unitsBefore = listings.units("VN-CB", Locale.ENGLISH).size();
        long auditBefore = audit.search(AuditQuery.all(), 10_000).size();

        String page = mvc.perform(post("/admin/directory/units/new").param("lang", lang).session(admin).with(csrf())
                        .param("agencyCode", "VN-CB").param("code", "CB-PC04").param("kind", "DIVISION")
                        .param("nameLocal", "Trùng mã").param("namePartner", "重复").param("nameEn", "Duplicate"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "code")).isEqualTo(message);
        assertThat(listings.units("VN-CB", Locale.ENGLISH)).hasSize(unitsBefore)
                .noneMatch(u -> u.nameEn().equals("Duplicate"));
        assertThat(audit.search(AuditQuery.all(), 10_000)).hasSize((int) auditBefore);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi    | Bắt buộc nhập.
            zh-CN | 必填。
            en    | Required.
            """)
    void missingFieldsAreShownNextToEachFieldInTheBrowsersLanguage(String lang, String required) throws Exception {
        MockHttpSession admin = login("cb.admin");

        String page = mvc.perform(post("/admin/directory/gates/new").header(HttpHeaders.ACCEPT_LANGUAGE, lang)
                        .session(admin).with(csrf())
                        .param("code", uniqueCode("G")).param("nameVi", "").param("nameZh", " ").param("nameEn", "Gate"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "nameVi")).isEqualTo(required);
        assertThat(fieldError(page, "nameZh")).isEqualTo(required);
        assertThat(fieldError(page, "nameEn")).isNull();
    }

    @Test
    void duplicateGateCodeIsRefused() throws Exception {
        MockHttpSession admin = login("cb.admin");
        int gatesBefore = listings.gates(Locale.ENGLISH).size();

        String page = mvc.perform(post("/admin/directory/gates/new").param("lang", "vi").session(admin).with(csrf())
                        .param("code", "TA-LUNG").param("nameVi", "Cửa khẩu Tà Lùng 2").param("nameZh", "水口口岸")
                        .param("nameEn", "Ta Lung again"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "code")).isEqualTo("Đã có cửa khẩu với mã TA-LUNG.");
        assertThat(listings.gates(Locale.ENGLISH)).hasSize(gatesBefore);
    }

    @Test
    void parentUnitMustBelongToTheSameAgency() throws Exception {
        MockHttpSession admin = login("cb.admin");

        String page = mvc.perform(post("/admin/directory/units/new").param("lang", "en").session(admin).with(csrf())
                        .param("agencyCode", "VN-CB").param("code", uniqueCode("CB-P")).param("kind", "DISTRICT")
                        .param("parentCode", "GX-PSB")
                        .param("nameLocal", "Công an huyện Quảng Hòa").param("namePartner", "广和县公安局")
                        .param("nameEn", "Quang Hoa District Police"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fieldError(page, "parentCode")).isEqualTo("Agency VN-CB has no unit with code GX-PSB.");
    }

    @Test
    void officerWithoutAdminRoleIsForbiddenEveryAdminPage() throws Exception {
        MockHttpSession officer = login("cb.officer");

        for (String path : List.of("/admin/directory/agencies/new", "/admin/directory/units/new",
                "/admin/directory/officers/new", "/admin/directory/pairs/new", "/admin/directory/gates/new",
                "/admin/directory/agencies/VN-CB/edit", "/admin/directory/units/1/edit")) {
            mvc.perform(get(path).session(officer)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/directory/gates/new").session(officer).with(csrf())
                        .param("code", uniqueCode("G")).param("nameVi", "Cửa khẩu").param("nameZh", "口岸")
                        .param("nameEn", "Gate"))
                .andExpect(status().isForbidden());
        assertThat(listings.gates(Locale.ENGLISH)).noneMatch(g -> g.nameVi().equals("Cửa khẩu"));
    }

    @Test
    void officerSeesTheFourListsWithoutEditLinks() throws Exception {
        MockHttpSession officer = login("cb.officer");

        String units = page(get("/directory/units").session(officer), "en");
        assertThat(units).contains("Cao Bang Border Liaison Office", "Guangxi Border Liaison Office", "class=\"subnav\"")
                .doesNotContain("/admin/directory");
        assertThat(page(get("/directory/officers").session(officer), "vi"))
                .contains("Nông Thị Hoa", "Thiếu tá (Major)", "Phòng Cảnh sát điều tra tội phạm về ma túy", "Quản trị viên")
                .doesNotContain("{bcrypt}", "$2a$", "password_hash");
        assertThat(page(get("/directory/pairs").session(officer), "zh-CN"))
                .contains("高平边境联络办公室", "广西边境联络办公室");
        assertThat(page(get("/directory/gates").session(officer), "vi"))
                .contains("Cửa khẩu quốc tế Tà Lùng", "水口口岸", "Phục Hòa, Cao Bằng", "龙州县, 广西");
    }

    @Test
    void adminCreatesAnOfficerWhoCanThenLogIn() throws Exception {
        MockHttpSession admin = login("cb.admin");
        String username = "cb.t" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        long unitId = unit("VN-CB", "CB-PC04").id();

        mvc.perform(post("/admin/directory/officers/new").session(admin).with(csrf())
                        .param("username", username).param("fullName", "Đàm Văn Tuấn").param("rankTitle", "Đại úy (Captain)")
                        .param("agencyCode", "VN-CB").param("unitId", String.valueOf(unitId))
                        .param("roles", "OFFICER").param("roles", "SUPERVISOR").param("preferredLang", "vi")
                        .param("enabled", "true").param("password", "tra-linh-gate-2017"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/directory/officers"));

        assertThat(page(get("/directory/officers").session(admin), "en")).contains("Đàm Văn Tuấn", username);
        mvc.perform(formLogin("/login").user(username).password("tra-linh-gate-2017")).andExpect(authenticated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN-GX", "XX-YY"})
    void creatingAnOfficerForAnotherOrUnknownAgencyIsRefused(String agency) throws Exception {
        MockHttpSession admin = login("cb.admin");
        String username = "gx.t" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

        String page = mvc.perform(post("/admin/directory/officers/new").param("lang", "en").session(admin).with(csrf())
                        .param("username", username).param("fullName", "韦明").param("agencyCode", agency)
                        .param("roles", "OFFICER").param("enabled", "true").param("password", "long-enough-password"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "agencyCode")).isEqualTo(agency.equals("CN-GX")
                ? "Accounts can only be created for VN-CB, the agency of this node. Officers of CN-GX log in to their own agency node."
                : "There is no agency with code XX-YY.");
        assertThat(listings.officers(Locale.ENGLISH)).noneMatch(o -> o.username().equals(username));
        assertThat(accounts.findLogin(username)).isEmpty();
    }

    @Test
    void shortPasswordAndTakenUsernameAreRefused() throws Exception {
        MockHttpSession admin = login("cb.admin");

        String page = mvc.perform(post("/admin/directory/officers/new").param("lang", "zh-CN").session(admin).with(csrf())
                        .param("username", "cb.officer").param("fullName", "Nông Văn Minh").param("agencyCode", "VN-CB")
                        .param("roles", "OFFICER").param("enabled", "true").param("password", "short-pw"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fieldError(page, "password")).isEqualTo("密码至少需要 12 个字符（最多 72 个）。");

        String taken = mvc.perform(post("/admin/directory/officers/new").param("lang", "vi").session(admin).with(csrf())
                        .param("username", "cb.officer").param("fullName", "Nông Văn Minh").param("agencyCode", "VN-CB")
                        .param("roles", "OFFICER").param("enabled", "true").param("password", "long-enough-password"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fieldError(taken, "username")).isEqualTo("Tên đăng nhập cb.officer đã được sử dụng.");
        assertThat(accounts.findLogin("cb.officer").orElseThrow().officer().fullName()).isEqualTo("Nông Thị Hoa");
    }

    @Test
    void editingWithAnOutdatedVersionIsRefusedAndKeepsTheOtherChange() throws Exception {
        MockHttpSession admin = login("cb.admin");
        String code = uniqueCode("G");
        mvc.perform(post("/admin/directory/gates/new").session(admin).with(csrf()).param("code", code)
                        .param("nameVi", "Cửa khẩu Lý Vạn").param("nameZh", "硕龙口岸").param("nameEn", "Ly Van – Shuolong gate")
                        .param("placeVn", "Hạ Lang, Cao Bằng").param("placeCn", "大新县, 广西"))
                .andExpect(status().is3xxRedirection());
        GateView gate = gate(code);
        String edit = "/admin/directory/gates/" + gate.id() + "/edit";
        mvc.perform(post(edit).session(admin).with(csrf()).param("code", code).param("version", String.valueOf(gate.version()))
                        .param("nameVi", "Cửa khẩu song phương Lý Vạn").param("nameZh", "硕龙口岸").param("nameEn", "Ly Van gate"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(post(edit).param("lang", "en").session(admin).with(csrf()).param("code", code)
                        .param("version", String.valueOf(gate.version()))
                        .param("nameVi", "Cửa khẩu Lý Vạn (cũ)").param("nameZh", "硕龙口岸").param("nameEn", "Stale edit"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone else changed this record while you were editing it. Nothing was saved");
        assertThat(gate(code).nameVi()).isEqualTo("Cửa khẩu song phương Lý Vạn");
    }

    @Test
    void adminCannotTakeAwayOwnAdministratorRole() throws Exception {
        MockHttpSession admin = login("cb.admin");
        var me = accounts.findLogin("cb.admin").orElseThrow().officer();
        var view = listings.officer(me.id(), Locale.ENGLISH).orElseThrow();

        String page = mvc.perform(post("/admin/directory/officers/" + me.id() + "/edit").param("lang", "en").session(admin)
                        .with(csrf()).param("version", String.valueOf(view.version()))
                        .param("username", "cb.admin").param("fullName", view.fullName()).param("agencyCode", "VN-CB")
                        .param("roles", "OFFICER").param("enabled", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(page, "roles"))
                .isEqualTo("You cannot remove your own administrator role or disable your own account.");
        assertThat(accounts.findLogin("cb.admin").orElseThrow().officer().roles()).containsExactly("ADMIN");
    }

    @Test
    void agencyCodesMustBeWellFormedAndNew() throws Exception {
        MockHttpSession admin = login("cb.admin");

        String taken = mvc.perform(post("/admin/directory/agencies/new").param("lang", "zh-CN").session(admin).with(csrf())
                        .param("code", "CN-GX").param("nameLocal", "a").param("namePartner", "b").param("nameEn", "c"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fieldError(taken, "code")).isEqualTo("代码为 CN-GX 的机构已存在。");

        String badFormat = mvc.perform(post("/admin/directory/agencies/new").param("lang", "vi").session(admin).with(csrf())
                        .param("code", "vn-cb2").param("nameLocal", "a").param("namePartner", "b").param("nameEn", "c"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fieldError(badFormat, "code")).startsWith("Mã cơ quan gồm mã quốc gia hai chữ cái");
        assertThat(listings.agencies(Locale.ENGLISH)).extracting(a -> a.code()).doesNotContain("vn-cb2");
    }

    @Test
    void counterpartPairsMustCrossTheBorderAndExistOnce() throws Exception {
        MockHttpSession admin = login("cb.admin");
        long cbBlo = unit("VN-CB", "CB-BLO").id();
        long cbPd = unit("VN-CB", "CB-PD").id();
        long gxBlo = unit("CN-GX", "GX-BLO").id();

        String sameSide = mvc.perform(post("/admin/directory/pairs/new").param("lang", "en").session(admin).with(csrf())
                        .param("unitId", String.valueOf(cbBlo)).param("partnerUnitId", String.valueOf(cbPd)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(sameSide, "partnerUnitId"))
                .isEqualTo("Unit CB-PD also belongs to VN-CB: a counterpart pair links units of two different agencies.");

        String duplicate = mvc.perform(post("/admin/directory/pairs/new").param("lang", "zh-CN").session(admin).with(csrf())
                        .param("unitId", String.valueOf(cbBlo)).param("partnerUnitId", String.valueOf(gxBlo)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fieldError(duplicate, "partnerUnitId")).isEqualTo("对口单位 CB-BLO ↔ GX-BLO 已存在。");
    }

    @Test
    void formPostsWithoutCsrfTokenAreRejected() throws Exception {
        MockHttpSession admin = login("cb.admin");
        mvc.perform(post("/admin/directory/gates/new").session(admin)
                        .param("code", uniqueCode("G")).param("nameVi", "x").param("nameZh", "y").param("nameEn", "z"))
                .andExpect(status().isForbidden());
    }

    // --- REST API ---

    @Test
    void apiListsAgenciesUnitsGatesAndPairsForATokenHolder() throws Exception {
        mvc.perform(api(get("/api/v1/directory/agencies"), "vi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("VN-CB"))
                .andExpect(jsonPath("$[0].own").value(true))
                .andExpect(jsonPath("$[1].name").value("Công an Khu tự trị dân tộc Choang Quảng Tây"));
        mvc.perform(api(get("/api/v1/directory/units").param("agency", "CN-GX"), "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("GX-PSB"))
                .andExpect(jsonPath("$[0].name").value("广西壮族自治区公安厅"))
                .andExpect(jsonPath("$[?(@.code == 'GX-BLO')].parentCode").value("GX-PSB"));
        mvc.perform(api(get("/api/v1/directory/gates"), "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'TA-LUNG')].nameZh").value("水口口岸"));
        mvc.perform(api(get("/api/v1/directory/pairs"), "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unit.code == 'CB-PC04')].partnerUnit.code").value("GX-JD"));
    }

    @Test
    void apiAnswers401WithoutOrWithAnUnknownToken() throws Exception {
        mvc.perform(get("/api/v1/directory/agencies")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/directory/agencies").header(HttpHeaders.AUTHORIZATION, "Bearer lia_not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiRefusesUnknownAgencyWith400AndAMessage() throws Exception {
        mvc.perform(api(get("/api/v1/directory/units").param("agency", "XX-YY"), "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có cơ quan nào có mã XX-YY."));
    }

    @Test
    void apiAdminCreatesUnitAndGets409ForTheSameCodeAgain() throws Exception {
        String code = uniqueCode("GX-T");
        String body = """
                {"agencyCode":"CN-GX","code":"%s","kind":"DISTRICT","parentCode":"GX-PSB",
                 "nameLocal":"Công an huyện Na Pha","namePartner":"那坡县公安局","nameEn":"Napo County Police"}
                """.formatted(code);

        mvc.perform(api(post("/api/v1/admin/directory/units"), "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.matchesPattern("/api/v1/directory/units/\\d+")))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.parentCode").value("GX-PSB"))
                .andExpect(jsonPath("$.name").value("Napo County Police"));
        UnitView created = unit("CN-GX", code);
        mvc.perform(api(get("/api/v1/directory/units/" + created.id()), "vi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Công an huyện Na Pha"));
        assertThat(audit.search(new AuditQuery("cb.admin", "CREATE", "unit", String.valueOf(created.id()), null, null), 5))
                .extracting(AuditRecord::entry).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("agency=CN-GX", "code=" + code));

        mvc.perform(api(post("/api/v1/admin/directory/units"), "zh-CN").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("机构 CN-GX 已有代码为 " + code + " 的单位。"));
    }

    @Test
    void apiReportsFieldErrorsIn400InTheCallersLanguage() throws Exception {
        String body = """
                {"agencyCode":"VN-CB","code":"bad code","kind":"PALACE","nameLocal":"","namePartner":"x","nameEn":"y"}
                """;
        mvc.perform(api(post("/api/v1/admin/directory/units"), "vi").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message")
                        .value("Chỉ dùng chữ in hoa, chữ số và dấu gạch ngang, ví dụ CB-BLO."))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("Hãy chọn một loại đơn vị trong danh sách."))
                .andExpect(jsonPath("$.errors[?(@.field == 'nameLocal')].message").value("Bắt buộc nhập."));

        mvc.perform(api(post("/api/v1/admin/directory/units"), "en").contentType(MediaType.APPLICATION_JSON).content("""
                        {"agencyCode":"XX-YY","code":"XX-1","kind":"OTHER","nameLocal":"a","namePartner":"b","nameEn":"c"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyCode"))
                .andExpect(jsonPath("$.errors[0].message").value("There is no agency with code XX-YY."));

        mvc.perform(api(post("/api/v1/admin/directory/units"), "en").contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The request body is not valid JSON for this request."));
    }

    @Test
    void apiUnitCreationIsForbiddenForATokenOfANonAdmin() throws Exception {
        var officer = accounts.findLogin("cb.officer").orElseThrow().officer();
        String token = accounts.createToken(officer, "test").rawToken();

        mvc.perform(post("/api/v1/admin/directory/units").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"agencyCode":"VN-CB","code":"CB-NOPE","kind":"OTHER","nameLocal":"a","namePartner":"b","nameEn":"c"}
                                """))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/directory/gates").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        assertThat(listings.units("VN-CB", Locale.ENGLISH)).noneMatch(u -> u.code().equals("CB-NOPE"));
    }

    @Test
    void anOfficersEmailIsKeptFromTheFormAndABadOneIsRefusedInTheReadersLanguageChangingNothing() throws Exception {
        MockHttpSession admin = login("cb.admin");
        String username = "cb.m" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        mvc.perform(post("/admin/directory/officers/new").session(admin).with(csrf())
                        .param("username", username).param("fullName", "Lương Văn Khải").param("agencyCode", "VN-CB")
                        .param("roles", "OFFICER").param("preferredLang", "vi").param("email", " khai.lv@congan.caobang.test ")
                        .param("enabled", "true").param("password", "tra-linh-gate-2017"))
                .andExpect(status().is3xxRedirection());
        OfficerView officer = listings.officers(Locale.ENGLISH).stream().filter(o -> o.username().equals(username))
                .findFirst().orElseThrow();
        assertThat(officer.email()).isEqualTo("khai.lv@congan.caobang.test");
        assertThat(page(get("/admin/directory/officers/" + officer.id() + "/edit").session(admin), "en"))
                .contains("value=\"khai.lv@congan.caobang.test\"");

        String edit = "/admin/directory/officers/" + officer.id() + "/edit";
        for (String[] c : new String[][] {{"zh-CN", "不是有效的电子邮箱地址：khai@"}, {"vi", "Không phải địa chỉ thư điện tử: khai@"},
                {"en", "Not an e-mail address: khai@"}}) {
            String page = mvc.perform(post(edit).param("lang", c[0]).session(admin).with(csrf())
                            .param("username", username).param("fullName", "Lương Văn Khải").param("agencyCode", "VN-CB")
                            .param("roles", "OFFICER").param("preferredLang", "vi").param("email", "khai@")
                            .param("enabled", "true").param("version", String.valueOf(officer.version())))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(fieldError(page, "email")).isEqualTo(c[1]);
        }
        assertThat(listings.officer(officer.id(), Locale.ENGLISH).orElseThrow().email()).isEqualTo("khai.lv@congan.caobang.test");

        mvc.perform(post(edit).session(admin).with(csrf())
                        .param("username", username).param("fullName", "Lương Văn Khải").param("agencyCode", "VN-CB")
                        .param("roles", "OFFICER").param("preferredLang", "vi").param("email", "")
                        .param("enabled", "true").param("version", String.valueOf(officer.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(listings.officer(officer.id(), Locale.ENGLISH).orElseThrow().email()).isNull();
    }

    @Test
    void theApiShowsAndSetsAnOfficersEmailAndRefusesABadOneWithTheFieldInTheCallersLanguage() throws Exception {
        long id = listings.officers(Locale.ENGLISH).stream().filter(o -> o.username().equals("cb.auditor"))
                .findFirst().orElseThrow().id();
        String path = "/api/v1/admin/directory/officers/" + id + "/email";

        mvc.perform(api(put(path), "vi").contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"ha.lt@cao bang\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Không phải địa chỉ thư điện tử: ha.lt@cao bang"));
        assertThat(listings.officer(id, Locale.ENGLISH).orElseThrow().email()).isNull();

        mvc.perform(api(put(path), "en").contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"audit@congan.caobang.test\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("audit@congan.caobang.test"));
        mvc.perform(api(get("/api/v1/admin/directory/officers"), "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'cb.auditor')].email").value("audit@congan.caobang.test"));
        mvc.perform(api(put(path), "en").contentType(MediaType.APPLICATION_JSON).content("{\"email\":null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").doesNotExist());
    }

    // --- helpers ---

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, lang))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String lang) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + DEMO_TOKEN).header(HttpHeaders.ACCEPT_LANGUAGE, lang);
    }

    /** The text of the error shown next to a form field, or null when the field has none. */
    private static String fieldError(String html, String field) {
        Matcher m = Pattern.compile("<span[^>]*data-testid=\"error-" + Pattern.quote(field) + "\"[^>]*>([^<]*)</span>")
                .matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private UnitView unit(String agency, String code) {
        return listings.units(agency, Locale.ENGLISH).stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private GateView gate(String code) {
        return listings.gates(Locale.ENGLISH).stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    private static String uniqueCode(String prefix) {
        return prefix + HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
