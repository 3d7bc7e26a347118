package org.liaison.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.support.Eventually.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.directory.OfficerAccounts;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.internal.Actor;
import org.liaison.persons.internal.NoticeDraft;
import org.liaison.persons.internal.PersonDraft;
import org.liaison.persons.internal.PersonsService;
import org.liaison.persons.internal.WantedNoticesService;
import org.liaison.retention.internal.RetentionService;
import org.liaison.support.DemoNodes;
import org.liaison.support.FormLogin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The two running demo nodes: an old Cao Bang notice shared with Guangxi is due for review on Cao Bang's retention
 * page; the supervisor withdraws it there, and Guangxi's copy is withdrawn with the same reason.
 */
@ExtendWith(DemoNodes.class)
class RetentionTwoNodesIntegrationTest {

    @Test
    void aNoticeWithdrawnFromTheRetentionPageIsWithdrawnOnThePartnersNode() throws Exception {
        DemoNodes.Node caoBang = DemoNodes.caoBang();
        JdbcTemplate vnDb = caoBang.bean(JdbcTemplate.class);
        JdbcTemplate cnDb = DemoNodes.guangxi().bean(JdbcTemplate.class);
        Actor officer = new Actor(caoBang.bean(OfficerAccounts.class).findLogin("cb.officer").orElseThrow().officer(), "");
        PersonId person = caoBang.bean(PersonsService.class).record(officer, new PersonDraft(List.of(
                new PersonDraft.Name("Bế Văn Thanh", "VIETNAMESE", "PRIMARY"),
                new PersonDraft.Name("BE VAN THANH", "LATIN", "AS_ON_DOCUMENT")), "MALE",
                new PersonDraft.Birth("YEAR", 1980, null, null), "VNM", List.of()));
        WantedNoticesService notices = caoBang.bean(WantedNoticesService.class);
        WantedNoticeId notice = notices.issue(officer, new NoticeDraft(person.toString(),
                "Tàng trữ trái phép chất ma túy (Điều 249 Bộ luật Hình sự).", "DRUGS", "Công an tỉnh Cao Bằng",
                "08/QĐ-CSĐT", "", "LAW_ENFORCEMENT_ONLY", null));
        notices.share(officer, notice, "CN-GX");
        await(() -> "ACTIVE".equals(noticeStatus(cnDb, notice)));
        // issued in 2022, from the paper file: due for review after three years
        vnDb.update("UPDATE wanted_notice SET issued_ms = ? WHERE id = ?",
                System.currentTimeMillis() - Duration.ofDays(1400).toMillis(), notice.value());

        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) caoBang.context())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        String page = mvc.perform(get("/retention").session(supervisor).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-notice=\"" + notice + "\"", "copy held by CN-GX");

        String reason = "Quyết định truy nã đã được hủy bỏ sau khi xem xét định kỳ.";
        mvc.perform(post("/retention/notices/" + notice + "/withdraw").session(supervisor).param("reason", reason)
                        .param("_csrf", FormLogin.csrfOf(page)))
                .andExpect(status().is3xxRedirection());

        assertThat(noticeStatus(vnDb, notice)).isEqualTo("WITHDRAWN");
        await(() -> "WITHDRAWN".equals(noticeStatus(cnDb, notice)));
        assertThat(cnDb.queryForObject("SELECT status_reason FROM wanted_notice WHERE id = ?", String.class,
                notice.value())).isEqualTo(reason);
    }

    @Test
    void caoBangListsTheHitItDismissedFourMonthsAgoForDeletion() {
        var caoBang = DemoNodes.caoBang();
        UUID hit = caoBang.bean(JdbcTemplate.class).queryForObject(
                "SELECT id FROM screening_hit WHERE notice_id = ? AND person_id = ?", UUID.class,
                demo("notice:cn-lu-smuggling"), demo("person:vn-luc"));
        var overview = caoBang.bean(RetentionService.class)
                .overview(caoBang.bean(OfficerAccounts.class).findLogin("cb.supervisor").orElseThrow().officer());
        assertThat(overview.hits()).anySatisfy(h -> {
            assertThat(h.id()).isEqualTo(hit);
            assertThat(h.status()).isEqualTo("DISMISSED");
            assertThat(h.overdue()).isTrue();
        });
    }

    @Test
    void guangxiHasItsOwnOldRecordsDueForReviewAndNoneOfCaoBangs() {
        var guangxi = DemoNodes.guangxi();
        var overview = guangxi.bean(RetentionService.class)
                .overview(guangxi.bean(OfficerAccounts.class).findLogin("gx.supervisor").orElseThrow().officer());
        assertThat(overview.notices()).extracting(n -> n.id().value()).contains(demo("notice:cn-lu-smuggling"))
                .doesNotContain(demo("notice:vn-ninh-smuggling"));
        assertThat(overview.persons()).extracting(p -> p.id().value()).contains(demo("person:cn-mo"))
                .doesNotContain(demo("person:vn-sam"));
    }

    static UUID demo(String key) {
        return RetentionIntegrationTest.demo(key);
    }

    static String noticeStatus(JdbcTemplate db, WantedNoticeId notice) {
        List<String> s = db.queryForList("SELECT status FROM wanted_notice WHERE id = ?", String.class, notice.value());
        return s.isEmpty() ? null : s.getFirst();
    }
}
