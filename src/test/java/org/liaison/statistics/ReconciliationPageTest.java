package org.liaison.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.support.FormLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reconciliation page of one node: the demo's 2017 period agreed by both in three languages and reconciled on
 * the dashboard and in the CSV export; supervisors are offered the exchange, officers only read; a period not yet
 * exchanged cannot be agreed, and says why in the reader's language.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class ReconciliationPageTest {

    @Autowired
    MockMvc mvc;

    String page(MockHttpSession session, String lang) throws Exception {
        return mvc.perform(get("/statistics/reconciliation").session(session).param("from", "2017-01-01")
                        .param("to", "2017-10-31").param("partner", "CN-GX").param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the2017PeriodShowsAgreedByBothInThreeLanguages() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        Map<String, String> words = Map.of("vi", "Hai bên đã thống nhất", "zh-CN", "双方已确认", "en", "Agreed by both");
        for (var e : words.entrySet()) {
            String html = page(supervisor, e.getKey());
            assertThat(html).contains("data-testid=\"agreed-by-both\"", e.getValue(), "data-testid=\"exchange-form\"",
                    "韦海燕", "Hoàng Văn Nam");
            assertThat(html).doesNotContain("class=\"differs\"");
        }
        String officer = page(FormLogin.logIn(mvc, "cb.officer"), "en");
        assertThat(officer).contains("data-testid=\"agreed-by-both\"").doesNotContain("data-testid=\"exchange-form\"");
    }

    @Test
    void theDashboardAndTheCsvSayThe2017FiguresAreReconciled() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        String dashboard = mvc.perform(get("/statistics").session(officer).param("from", "2017-01-01")
                        .param("to", "2017-10-31").param("partner", "CN-GX").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("Reconciled: agreed by both sides with CN-GX",
                "/statistics/reconciliation?from=2017-01-01&amp;to=2017-10-31&amp;partner=CN-GX");
        String csv = mvc.perform(get("/statistics/export.csv").session(officer).param("from", "2017-01-01")
                        .param("to", "2017-10-31").param("partner", "CN-GX"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).endsWith("reconciled,1\r\n");
        String other = mvc.perform(get("/statistics/export.csv").session(officer).param("from", "2017-01-01")
                        .param("to", "2017-06-30").param("partner", "CN-GX"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).endsWith("reconciled,0\r\n");
    }

    @Test
    void aPeriodNotExchangedCannotBeAgreedAndTheReaderIsToldWhy() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        String html = mvc.perform(post("/statistics/reconciliation/agree").session(supervisor).with(csrf())
                        .param("from", "2018-01-01").param("to", "2018-03-31").param("partner", "CN-GX")
                        .param("note", "").param("lang", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Hãy trao đổi số liệu với CN-GX trước", "Chưa trao đổi");
    }

    @Test
    void administratorsHaveNoReconciliationPage() throws Exception {
        mvc.perform(get("/statistics/reconciliation").session(FormLogin.logIn(mvc, "cb.admin")))
                .andExpect(status().isForbidden());
    }
}
