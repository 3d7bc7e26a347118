package org.liaison.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.liaison.support.FormLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard in the three languages, its charts and links, and the exports of the 2017 period. */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class StatisticsDashboardTest {

    @Autowired
    MockMvc mvc;

    String page(MockHttpSession session, String lang, String from) throws Exception {
        return mvc.perform(get("/statistics").session(session).param("from", from).param("to", "2017-10-31")
                        .param("partner", "CN-GX").param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDashboardShowsThe2017FiguresWithChartsAndLinksInThreeLanguages() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        Map<String, String> words = Map.of("vi", "Đối tượng bàn giao cho Trung Quốc", "zh-CN", "向中方移交人员",
                "en", "Fugitives handed over to China");
        for (var lang : words.entrySet()) {
            String html = page(officer, lang.getKey(), "2017-01-01");
            assertThat(html).contains(lang.getValue()).contains("data-testid=\"chart-months\"")
                    .contains("data-testid=\"chart-areas\"").contains("data-testid=\"chart-directions\"")
                    .doesNotContain("??statistics");
        }
        String html = page(officer, "en", "2017-01-01");
        assertThat(html).contains("href=\"/engagements?from=2017-01-01&amp;to=2017-10-31&amp;kind=VISIT\">24</a>")
                .contains("href=\"/handovers?from=2017-01-01&amp;to=2017-10-31&amp;direction=TO_CHINA\">23</a>")
                .contains("href=\"/cases?from=2017-01-01&amp;to=2017-10-31\">92</a>")
                .contains("data-testid=\"nav-statistics\"");
    }

    @Test
    void aBadPeriodIsShownNextToTheFormInTheReadersLanguage() throws Exception {
        String html = page(FormLogin.logIn(mvc, "cb.auditor"), "vi", "2017-02-30");
        assertThat(html).contains("2017-02-30&#39; không phải là ngày").doesNotContain("data-testid=\"statistics-figures\"");
    }

    @Test
    void theXlsxExportOpensWithTheFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/statistics/export.xlsx").session(FormLogin.logIn(mvc, "cb.supervisor"))
                        .param("from", "2017-01-01").param("to", "2017-10-31").param("partner", "CN-GX"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> values = new HashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            for (Row r : rows) {
                if (r.getCellCount() >= 3 && r.getCell(2) != null) {
                    values.put(r.getCellText(0), r.getCellText(2));
                }
            }
        }
        assertThat(values).containsEntry("handovers_to_cn", "23").containsEntry("handovers_to_vn", "15")
                .containsEntry("cases_coordinated", "92").containsEntry("trainees", "77");
    }

    @Test
    void theCsvExportIsTheContractsCsv() throws Exception {
        String csv = mvc.perform(get("/statistics/export.csv").session(FormLogin.logIn(mvc, "cb.officer"))
                        .param("from", "2017-01-01").param("to", "2017-10-31").param("partner", "CN-GX"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, String> rows = csv.lines().skip(1).map(l -> l.split(","))
                .collect(Collectors.toMap(c -> c[0], c -> c[1]));
        assertThat(rows).containsEntry("delegations", "24").containsEntry("training_courses", "9");
    }

    @Test
    void administratorsHaveNoStatisticsPage() throws Exception {
        mvc.perform(get("/statistics").session(FormLogin.logIn(mvc, "cb.admin"))).andExpect(status().isForbidden());
    }
}
