package org.liaison.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The report other systems read: stable CSV keys, the 2017 demo figures, JSON, and clear refusals. */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class CooperationReportContractTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OfficerAccounts accounts;

    /** Other systems call with an officer's personal token. */
    String token(String username) {
        return "Bearer " + accounts.createToken(accounts.findLogin(username).orElseThrow().officer(),
                "test " + UUID.randomUUID()).rawToken();
    }

    MockHttpServletRequestBuilder report(String token, String from, String to, String partner) {
        return get("/api/v1/reports/cooperation").header(HttpHeaders.AUTHORIZATION, token).param("from", from)
                .param("to", to).param("partner", partner);
    }

    Map<String, String> csv(String body) {
        Map<String, String> rows = new LinkedHashMap<>();
        Arrays.stream(body.split("\r\n")).skip(1).map(l -> l.split(",", -1))
                .forEach(cells -> rows.put(cells[0], cells[1]));
        return rows;
    }

    @Test
    void theCsvOfJanuaryToOctober2017ReproducesThePublishedFigures() throws Exception {
        String officer = token("cb.officer");
        String body = mvc.perform(report(officer, "2017-01-01", "2017-10-31", "CN-GX").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).startsWith("statistic,value\r\n");
        Map<String, String> rows = csv(body);
        assertThat(rows).containsKeys("delegations", "training_courses", "trainees", "handovers_to_cn",
                "handovers_to_vn", "cases_coordinated", "reports_sent", "reports_received", "requests_sent",
                "requests_answered_on_time_pct", "talks", "agreements_signed", "requests_answered", "cases_drugs");
        assertThat(rows).containsEntry("delegations", "24").containsEntry("training_courses", "9")
                .containsEntry("trainees", "77").containsEntry("handovers_to_cn", "23")
                .containsEntry("handovers_to_vn", "15").containsEntry("cases_coordinated", "92");
        long byArea = rows.entrySet().stream()
                .filter(e -> e.getKey().startsWith("cases_") && !e.getKey().equals("cases_coordinated"))
                .mapToLong(e -> Long.parseLong(e.getValue())).sum();
        assertThat(byArea).isEqualTo(92);
    }

    @Test
    void theSameFiguresComeAsJson() throws Exception {
        String auditor = token("cb.auditor");
        mvc.perform(report(auditor, "2017-01-01", "2017-10-31", "cn-gx").accept("application/json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agency").value("VN-CB"))
                .andExpect(jsonPath("$.partner").value("CN-GX"))
                .andExpect(jsonPath("$.figures.handovers_to_cn").value(23))
                .andExpect(jsonPath("$.figures.cases_coordinated").value(92));
    }

    @Test
    void aBadPeriodOrPartnerIsRefusedWithAClearMessage() throws Exception {
        String officer = token("cb.officer");
        mvc.perform(report(officer, "2017-13-01", "2017-10-31", "CN-GX").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("'2017-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2017-01-31."));
        mvc.perform(report(officer, "2017-10-31", "2017-01-01", "CN-GX").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The period ends (2017-01-01) before it starts (2017-10-31)."));
        mvc.perform(report(officer, "2017-01-01", "2017-10-31", "XX-ZZ").accept("application/json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partner"))
                .andExpect(jsonPath("$.errors[0].message").value("'XX-ZZ' is not a partner agency of this node."));
        mvc.perform(report(officer, "2017-01-01", "2017-10-31", "VN-CB").accept("text/csv").param("lang", "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("'VN-CB' không phải là cơ quan đối tác của nút này."));
        mvc.perform(get("/api/v1/reports/cooperation").header(HttpHeaders.AUTHORIZATION, officer).accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void administratorsAreNotShownTheFigures() throws Exception {
        mvc.perform(report(token("cb.admin"), "2017-01-01", "2017-10-31", "CN-GX").accept("text/csv"))
                .andExpect(status().isForbidden());
    }
}
