package org.liaison.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.support.Eventually.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.directory.OfficerAccounts;
import org.liaison.persons.PersonId;
import org.liaison.persons.RetentionRefused;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.internal.Actor;
import org.liaison.persons.internal.NoticeDraft;
import org.liaison.persons.internal.PersonDraft;
import org.liaison.persons.internal.PersonsService;
import org.liaison.persons.internal.WantedNoticesService;
import org.liaison.retention.internal.RetentionService;
import org.liaison.screening.internal.NameScreening;
import org.liaison.shared.CurrentOfficer;
import org.liaison.support.FormLogin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Retention on the Cao Bang demo node (H2): an old own notice and an old unused person record are listed as due;
 * a supervisor keeps the notice with a reason (the next review moves on), is refused without one (in the reader's
 * language, nothing recorded), and expires the person: the names leave the database and the screening index, and
 * the audit line keeps the id and the reason but no name. Unconfirmed hits past 90 days are deleted, confirmed and
 * recent ones kept. Officers are refused the page, auditors see it without the actions.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class RetentionIntegrationTest {

    static final long DAY = Duration.ofDays(1).toMillis();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    PersonsService persons;
    @Autowired
    WantedNoticesService notices;
    @Autowired
    RetentionService retention;
    @Autowired
    NameScreening screening;

    @Test
    void theDemoHasANoticeFrom2022AndARecordFrom2020NothingUsesDueForReview() throws Exception {
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        assertThat(page(get("/retention").session(supervisor), "vi"))
                .contains("data-notice=\"" + demo("notice:vn-ninh-smuggling") + "\"", "14/QĐ-CSĐT", "2022-10-1",
                        "data-person=\"" + demo("person:vn-sam") + "\"", "Sầm Thị Lý", "2020-03-09")
                .doesNotContain("data-person=\"" + demo("person:vn-luo") + "\"");
    }

    @Test
    void aSupervisorKeepsAnOldNoticeWithAReasonAndIsRefusedWithoutOne() throws Exception {
        PersonId person = person("Lý Văn Đông", "LY VAN DONG", "李文东");
        WantedNoticeId notice = notices.issue(actor("cb.supervisor"), new NoticeDraft(person.toString(),
                "Vận chuyển trái phép chất ma túy (Điều 250 Bộ luật Hình sự).", "DRUGS", "Công an tỉnh Cao Bằng",
                "51/QĐ-CSĐT", "", "LAW_ENFORCEMENT_ONLY", null));
        jdbc.update("UPDATE wanted_notice SET issued_ms = ? WHERE id = ?", System.currentTimeMillis() - 1500 * DAY,
                notice.value());
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");

        assertThat(page(get("/retention").session(supervisor), "vi"))
                .contains("data-notice=\"" + notice + "\"", "51/QĐ-CSĐT", "Lý Văn Đông", "quá hạn");

        String refused = follow(post("/retention/notices/" + notice + "/keep").session(supervisor)
                .param("reason", "  ").param("_csrf", FormLogin.csrfFrom(mvc, supervisor, "/retention")), supervisor, "vi");
        assertThat(refused).contains("Hãy nêu lý do của quyết định.");
        assertThat(reviews(notice.value())).isZero();

        String kept = follow(post("/retention/notices/" + notice + "/keep").session(supervisor)
                .param("reason", "Đối tượng vẫn đang lẩn trốn tại Quảng Tây.")
                .param("_csrf", FormLogin.csrfFrom(mvc, supervisor, "/retention")), supervisor, "en");
        assertThat(kept).contains("Review recorded. Next review by").doesNotContain("data-notice=\"" + notice + "\"");
        assertThat(reviews(notice.value())).isEqualTo(1);
        assertThat(audit.search(new AuditQuery("cb.supervisor", "REVIEW", "wanted_notice", notice.toString(), null, null), 10))
                .singleElement().satisfies(r -> assertThat(r.entry().detail()).contains("Đối tượng vẫn đang lẩn trốn"));
    }

    @Test
    void expiringAPersonRemovesTheNamesFromTheRecordsAndTheIndexAndTheAuditLineHasNoName() throws Exception {
        PersonId person = person("Lục Văn Khải", "LUC VAN KHAI", "陆文凯");
        await(() -> found("Lục Văn Khải", person));
        jdbc.update("UPDATE person SET updated_ms = ? WHERE id = ?", System.currentTimeMillis() - 2000 * DAY,
                person.value());
        MockHttpSession supervisor = FormLogin.logIn(mvc, "cb.supervisor");
        assertThat(page(get("/retention").session(supervisor), "en")).contains("data-person=\"" + person + "\"");

        String named = follow(post("/retention/persons/" + person + "/expire").session(supervisor)
                .param("reason", "Hồ sơ của Lục Văn Khải không còn cần thiết.")
                .param("_csrf", FormLogin.csrfFrom(mvc, supervisor, "/retention")), supervisor, "en");
        assertThat(named).contains("The reason must not repeat the name of the person");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_name WHERE person = ?", Integer.class, person.value()))
                .as("nothing changed").isEqualTo(3);

        String done = follow(post("/retention/persons/" + person + "/expire").session(supervisor)
                .param("reason", "Không liên quan đến vụ việc nào sau 5 năm.")
                .param("_csrf", FormLogin.csrfFrom(mvc, supervisor, "/retention")), supervisor, "zh-CN");
        assertThat(done).contains("人员记录已到期销毁").doesNotContain("data-person=\"" + person + "\"");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id = ?", Integer.class, person.value())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_name WHERE person = ?", Integer.class, person.value())).isZero();
        assertThat(jdbc.queryForObject("SELECT record_type || ' by ' || expired_by FROM person_expired WHERE id = ?",
                String.class, person.value())).isEqualTo("person by cb.supervisor");
        for (String name : List.of("Lục Văn Khải", "LUC VAN KHAI", "陆文凯")) {
            assertThat(found(name, person)).as("a screen for " + name).isFalse();
        }
        var lines = audit.search(new AuditQuery(null, null, "person", person.toString(), null, null), 100);
        assertThat(lines).anySatisfy(r -> {
            assertThat(r.entry().action()).isEqualTo("EXPIRE");
            assertThat(r.entry().actor()).isEqualTo("cb.supervisor");
            assertThat(r.entry().detail()).contains("Không liên quan đến vụ việc nào sau 5 năm.");
        });
        assertThat(lines).allSatisfy(r -> assertThat(r.entry().detail())
                .doesNotContainIgnoringCase("Khải").doesNotContainIgnoringCase("KHAI").doesNotContain("陆文凯"));
    }

    @Test
    void expiryIsRefusedForARecordInUseOrAPartnersRecordAndChangesNothing() {
        CurrentOfficer supervisor = officer("cb.supervisor");
        PersonId luo = new PersonId(demo("person:vn-luo"));
        assertThatThrownBy(() -> retention.expire(luo, "Hết thời hạn lưu trữ.", supervisor, ""))
                .isInstanceOfSatisfying(RetentionRefused.class, r -> assertThat(r.key()).isEqualTo("retention.error.personUsed"));
        assertThat(retention.uses(luo)).extracting(u -> u.kind()).contains("case");

        PersonId qin = new PersonId(demo("person:cn-qin"));
        assertThatThrownBy(() -> retention.expire(qin, "Hết thời hạn lưu trữ.", supervisor, ""))
                .isInstanceOfSatisfying(RetentionRefused.class, r -> assertThat(r.key()).isEqualTo("retention.error.partnersPerson"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id IN (?, ?)", Integer.class, luo.value(),
                qin.value())).isEqualTo(2);
    }

    @Test
    void unconfirmedHitsPastTheirPeriodAreDeletedAndConfirmedOnesKept() {
        long now = System.currentTimeMillis();
        UUID oldNew = hit("NEW", now - 91 * DAY);
        UUID oldDismissed = hit("DISMISSED", now - 200 * DAY);
        UUID oldConfirmed = hit("CONFIRMED", now - 400 * DAY);
        UUID recentDismissed = hit("DISMISSED", now - 10 * DAY);

        assertThat(retention.overview(officer("cb.supervisor")).hits()).extracting(h -> h.id())
                .contains(oldNew, oldDismissed).doesNotContain(oldConfirmed, recentDismissed);
        // the demo's own old dismissed hit goes too, unless another test here deleted it first
        assertThat(retention.deleteOldHits(RetentionService.SYSTEM)).isBetween(2, 3);

        assertThat(jdbc.queryForList("SELECT id FROM screening_hit WHERE id IN (?, ?, ?, ?)", UUID.class, oldNew,
                oldDismissed, oldConfirmed, recentDismissed)).containsExactlyInAnyOrder(oldConfirmed, recentDismissed);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM screening_hit_line WHERE screening_hit = ?", Integer.class,
                oldDismissed)).isZero();
        for (UUID gone : List.of(oldNew, oldDismissed)) {
            assertThat(audit.search(new AuditQuery(RetentionService.SYSTEM, "DELETE", "screening_hit", gone.toString(),
                    null, null), 10)).singleElement()
                    .satisfies(r -> assertThat(r.entry().detail()).startsWith("retention: ").doesNotContain("Phan"));
        }
    }

    @Test
    void officersAreRefusedTheRetentionPageAndAuditorsSeeItWithoutActions() throws Exception {
        MockHttpSession officer = FormLogin.logIn(mvc, "cb.officer");
        mvc.perform(get("/retention").session(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/retention/hits/delete").session(officer)
                .param("_csrf", FormLogin.csrfFrom(mvc, officer, "/persons"))).andExpect(status().isForbidden());

        MockHttpSession auditor = FormLogin.logIn(mvc, "cb.auditor");
        assertThat(page(get("/retention").session(auditor), "en")).contains("Retention", "Unconfirmed screening hits")
                .doesNotContain("data-testid=\"keep\"", "data-testid=\"delete-hits\"");
    }

    // --- helpers ---

    PersonId person(String vietnamese, String latin, String han) {
        return persons.record(actor("cb.officer"), new PersonDraft(List.of(
                new PersonDraft.Name(vietnamese, "VIETNAMESE", "PRIMARY"),
                new PersonDraft.Name(latin, "LATIN", "AS_ON_DOCUMENT"),
                new PersonDraft.Name(han, "HAN", "ALIAS")), "MALE",
                new PersonDraft.Birth("YEAR", 1971, null, null), "VNM", List.of()));
    }

    boolean found(String name, PersonId person) {
        return screening.screen(name, "", "", "", new org.liaison.screening.internal.Actor(officer("cb.officer"), ""))
                .found().stream().anyMatch(f -> f.person().id().equals(person));
    }

    /** A hit as the screening module stores it, on invented notice and person ids. */
    UUID hit(String status, long foundMs) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO screening_hit (id, notice_id, notice_person_id, notice_agency, notice_active, person_id,"
                        + " score, notice_name, person_name, status, found_ms, found_by, reviewed_by, reviewer_name,"
                        + " reviewed_ms, review_note, version) VALUES (?, ?, ?, 'CN-GX', TRUE, ?, 0.9, 'PHAN VAN LOC',"
                        + " 'Phan Văn Lộc', ?, ?, 'system:screening', '', '', 0, '', 0)",
                id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status, foundMs);
        jdbc.update("INSERT INTO screening_hit_line (screening_hit, screening_hit_key, kind, left_part, right_part, detail)"
                + " VALUES (?, 0, 'SAME', 'PHAN', 'Phan', '')", id);
        return id;
    }

    int reviews(UUID record) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM retention_review WHERE record_id = ?", Integer.class, record);
    }

    CurrentOfficer officer(String username) {
        return accounts.findLogin(username).orElseThrow().officer();
    }

    Actor actor(String username) {
        return new Actor(officer(username), "127.0.0.1");
    }

    String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        return FormLogin.page(mvc, request, lang);
    }

    String follow(MockHttpServletRequestBuilder request, MockHttpSession session, String lang) throws Exception {
        return FormLogin.follow(mvc, request, session, lang);
    }

    static UUID demo(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
