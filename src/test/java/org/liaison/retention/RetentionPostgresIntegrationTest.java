package org.liaison.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.liaison.persons.PersonId;
import org.liaison.persons.internal.Actor;
import org.liaison.persons.internal.PersonDraft;
import org.liaison.persons.internal.PersonsService;
import org.liaison.retention.internal.RetentionOverview;
import org.liaison.retention.internal.RetentionService;
import org.liaison.shared.CurrentOfficer;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention on PostgreSQL: the review history (with its date column) and the tombstone of an expired person are
 * written and read back through the same statements as on H2, and old unconfirmed hits are found and deleted.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@PostgresTest
class RetentionPostgresIntegrationTest {

    static final long DAY = Duration.ofDays(1).toMillis();

    @Autowired
    RetentionService retention;
    @Autowired
    PersonsService persons;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOldUnusedPersonIsKeptOnceThenExpiredAndOldHitsGo() {
        CurrentOfficer supervisor = accounts.findLogin("cb.supervisor").orElseThrow().officer();
        PersonId kept = person("Nông Văn Sáng");
        PersonId expired = person("Mã Thị Hoa");
        jdbc.update("UPDATE person SET updated_ms = ? WHERE id IN (?, ?)", System.currentTimeMillis() - 2000 * DAY,
                kept.value(), expired.value());

        assertThat(retention.overview(supervisor).persons()).extracting(RetentionOverview.DuePerson::id)
                .contains(kept, expired);
        LocalDate next = retention.keep("person", kept.value(), "Còn liên quan đến tin báo đang xác minh.", supervisor, "");
        assertThat(next).isAfter(LocalDate.now().plusYears(4));
        retention.expire(expired, "Hết thời hạn lưu trữ, không liên quan vụ việc nào.", supervisor, "");

        RetentionOverview after = retention.overview(supervisor);
        assertThat(after.persons()).extracting(RetentionOverview.DuePerson::id).doesNotContain(kept, expired);
        assertThat(jdbc.queryForObject("SELECT next_review FROM retention_review WHERE record_id = ?", LocalDate.class,
                kept.value())).isEqualTo(next);
        assertThat(jdbc.queryForObject("SELECT record_type FROM person_expired WHERE id = ?", String.class,
                expired.value())).isEqualTo("person");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_document WHERE person = ?", Integer.class,
                expired.value())).isZero();

        UUID old = UUID.randomUUID();
        jdbc.update("INSERT INTO screening_hit (id, notice_id, notice_person_id, notice_agency, notice_active, person_id,"
                        + " score, notice_name, person_name, status, found_ms, found_by, reviewed_by, reviewer_name,"
                        + " reviewed_ms, review_note, version) VALUES (?, ?, ?, 'CN-GX', FALSE, ?, 0.8, 'MA THI HOA',"
                        + " 'Mã Thị Hoa', 'DISMISSED', ?, 'system:screening', 'cb.officer', 'Nông Văn Hải', ?, 'khác người', 1)",
                old, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), System.currentTimeMillis() - 120 * DAY,
                System.currentTimeMillis() - 119 * DAY);
        // the demo's own dismissed hit is past its period too, unless a test before this one in the context removed it
        List<UUID> overdue = retention.overview(supervisor).hits().stream().filter(RetentionOverview.DueHit::overdue)
                .map(RetentionOverview.DueHit::id).toList();
        assertThat(overdue).contains(old);
        assertThat(retention.deleteOldHits("cb.supervisor")).isEqualTo(overdue.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM screening_hit WHERE id = ?", Integer.class, old)).isZero();
    }

    PersonId person(String name) {
        return persons.record(new Actor(accounts.findLogin("cb.officer").orElseThrow().officer(), ""),
                new PersonDraft(List.of(new PersonDraft.Name(name, "VIETNAMESE", "PRIMARY")), "FEMALE",
                        new PersonDraft.Birth("YEAR", 1969, null, null), "VNM",
                        List.of(new PersonDraft.Document("VN_CITIZEN_ID", "004169001234", null))));
    }
}
