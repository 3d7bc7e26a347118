package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.liaison.support.FormLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * A case's links to reports and requests name them through the cooperation module (title, where it stands, a link
 * to its page), and only a report or request this node holds can be linked.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class CaseLinksIntegrationTest {

    static final UUID TRUNG_KHANH = demo("case:trung-khanh-drugs");
    static final UUID ROUTE_REPORT = demo("report:vn-route-tra-linh");
    static final UUID TA_LUNG_REQUEST = demo("request:vn-info-ta-lung");
    static final UUID LOCATE_MAI = demo("request:vn-locate-mai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficerAccounts accounts;

    static UUID demo(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCasePageAndApiNameTheLinkedReportAndRequest() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/cases/" + TRUNG_KHANH).param("lang", "en").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String reportTitle = jdbc.queryForObject("SELECT title FROM information_report WHERE id = ?", String.class, ROUTE_REPORT);
        assertThat(page).contains(reportTitle, "href=\"/reports/" + ROUTE_REPORT + "\"",
                "Đề nghị cung cấp thông tin về đường dây ma túy qua cửa khẩu Tà Lùng",
                "href=\"/requests/" + TA_LUNG_REQUEST + "\"", "data-testid=\"link-status\">partly answered<");

        mvc.perform(get("/api/v1/cases/" + TRUNG_KHANH).header("Authorization", "Bearer " + accounts.createToken(
                        accounts.findLogin("cb.officer").orElseThrow().officer(), "links " + UUID.randomUUID()).rawToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links[?(@.reference == '" + TA_LUNG_REQUEST + "')].status").value("PARTIALLY_ANSWERED"))
                .andExpect(jsonPath("$.links[?(@.reference == '" + ROUTE_REPORT + "')].href").value("/reports/" + ROUTE_REPORT));
    }

    @Test
    void onlyAReportOrRequestOnThisNodeCanBeLinked() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        int before = links();
        String unknown = UUID.randomUUID().toString();

        String refused = mvc.perform(post("/cases/" + TRUNG_KHANH + "/links").param("lang", "vi").session(officer).with(csrf())
                        .param("kind", "REQUEST").param("reference", unknown))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(refused)).contains("Không có yêu cầu " + unknown + " trên hệ thống này.");
        String notAnId = mvc.perform(post("/cases/" + TRUNG_KHANH + "/links").param("lang", "en").session(officer).with(csrf())
                        .param("kind", "REPORT").param("reference", "BC-2025-031"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notAnId).contains("There is no report BC-2025-031 on this node.");
        assertThat(links()).isEqualTo(before);

        mvc.perform(post("/cases/" + TRUNG_KHANH + "/links").session(officer).with(csrf())
                        .param("kind", "REQUEST").param("reference", LOCATE_MAI.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(links()).isEqualTo(before + 1);
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/cases/" + TRUNG_KHANH).param("lang", "zh-CN").session(officer))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Đề nghị xác minh nơi ở của Hoàng Thị Mai", "href=\"/requests/" + LOCATE_MAI + "\"");
        jdbc.update("DELETE FROM case_link WHERE reference = ?", LOCATE_MAI.toString());
    }

    int links() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_link", Integer.class);
    }
}
