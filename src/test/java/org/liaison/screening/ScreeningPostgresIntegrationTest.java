package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.screening.ScreeningIntegrationTest.await;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.directory.OfficerAccounts;
import org.liaison.persons.WantedNoticeId;
import org.liaison.screening.PartnerMessages.Birth;
import org.liaison.screening.PartnerMessages.Name;
import org.liaison.screening.internal.Actor;
import org.liaison.screening.internal.ConfirmationsService;
import org.liaison.screening.internal.HitStatus;
import org.liaison.screening.internal.HitView;
import org.liaison.screening.internal.HitsService;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Screening on PostgreSQL: the demo seed (index rebuild with its one audit line, hits with their explanation lines,
 * the review history, a partner's confirmation with names), a notice screened as it arrives, its review and its
 * end, all through the same queries as on H2.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@PostgresTest
class ScreeningPostgresIntegrationTest {

    @Autowired
    HitsService hits;
    @Autowired
    ConfirmationsService confirmations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    OfficerAccounts accounts;
    @Autowired
    ApplicationContext context;

    @Test
    void theDemoSeedIsStoredAndReadBackWhole() {
        Actor officer = actor("cb.officer");
        // the first index build read every person held when the node started (later tests in this context add some)
        AuditRecord built = audit.search(new AuditQuery("system:screening", "READ", "person", null, null, null), 100_000)
                .stream().filter(r -> r.entry().detail().matches("indexed \\d+ persons")).toList().getLast();
        long persons = jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE created_ms <= ?", Long.class,
                built.at().toEpochMilli());
        assertThat(built.entry().detail()).isEqualTo("indexed " + persons + " persons");
        List<HitView> open = hits.list(HitStatus.NEW, officer);
        assertThat(open).anySatisfy(h -> {
            assertThat(h.notice().value()).isEqualTo(ScreeningIntegrationTest.NONG_NOTICE);
            assertThat(h.person().value()).isEqualTo(ScreeningIntegrationTest.CUONG);
            assertThat(h.evidence()).extracting(e -> e.kind() + " " + e.left() + " " + e.right())
                    .startsWith("HAN_VIET 农 Nông", "HAN_VIET 志 Chí", "HAN_VIET 强 Cường");
        });
        assertThat(hits.list(HitStatus.DISMISSED, officer)).anySatisfy(h -> {
            assertThat(h.person().value()).isEqualTo(ScreeningIntegrationTest.DAM);
            assertThat(h.reviewerName()).isEqualTo("Hoàng Văn Nam");
            assertThat(h.reviewNote()).startsWith("Không phải cùng một người");
        });
        assertThat(confirmations.onNotice(new WantedNoticeId(ScreeningIntegrationTest.MAI_NOTICE), officer))
                .singleElement().satisfies(c -> {
                    assertThat(c.agency()).isEqualTo("CN-GX");
                    assertThat(c.officerName()).isEqualTo("韦海燕");
                    assertThat(c.names()).extracting(n -> n.text()).containsExactly("黄氏梅");
                    assertThat(c.birthDate().iso()).isEqualTo("1988-05-12");
                    assertThat(c.evidence()).extracting(e -> e.kind()).contains("HAN_VIET", "BIRTH_DATE_MATCHES");
                });
    }

    @Test
    void aNoticeIsScreenedAsItArrivesConfirmedAndEnds() {
        PartnerMessages guangxi = new PartnerMessages(context);
        guangxi.pairWithGuangxi();
        UUID notice = UUID.randomUUID();
        guangxi.notice(notice, UUID.randomUUID(), List.of(new Name("农志强", "HAN", "PRIMARY")), "MALE",
                new Birth("YEAR", 1984, null, null), "CHN");
        await(() -> jdbc.queryForObject("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ?", Long.class, notice) > 0);
        UUID hit = jdbc.queryForObject("SELECT id FROM screening_hit WHERE notice_id = ? AND person_id = ?", UUID.class,
                notice, ScreeningIntegrationTest.CUONG);
        long open = hits.openHits();

        hits.confirm(hit, actor("cb.supervisor"), "Đã xác minh tại mỏ Hà Quảng.");
        guangxi.withdrawal(notice);

        await(() -> !jdbc.queryForObject("SELECT notice_active FROM screening_hit WHERE id = ?", Boolean.class, hit));
        HitView confirmed = hits.open(hit, actor("cb.officer")).orElseThrow().hit();
        assertThat(confirmed.status()).isEqualTo(HitStatus.CONFIRMED);
        assertThat(confirmed.reviewNote()).isEqualTo("Đã xác minh tại mỏ Hà Quảng.");
        assertThat(confirmed.confirmationMessage()).isNotNull();
        assertThat(hits.openHits()).isEqualTo(open - 1);
        assertThat(jdbc.queryForObject("SELECT type FROM outbox WHERE message_id = ?", String.class,
                confirmed.confirmationMessage())).isEqualTo("screening.hit-confirmed");
    }

    Actor actor(String username) {
        return new Actor(accounts.findLogin(username).orElseThrow().officer(), "127.0.0.1");
    }
}
