package org.liaison.persons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.support.Eventually.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.cli.DemoCommand;
import org.liaison.directory.OfficerAccounts;
import org.liaison.persons.PersonId;
import org.liaison.persons.Sex;
import org.liaison.persons.WantedNoticeClosed;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeReceived;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.support.DemoNodes;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cao Bang and Guangxi as two real nodes on loopback: a wanted notice Cao Bang shares arrives once on Guangxi as a
 * read-only record marked with its origin, with its person and photo, and the event for screening is published
 * once; Guangxi's officer opening it tells Cao Bang it was read; Cao Bang's withdrawal follows it across.
 */
class WantedNoticesTwoNodesIntegrationTest {

    static final Map<String, Object> FAST = Map.of("liaison.exchange.max-backoff", "1s", "logging.level.root", "WARN");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext cn;
    static final List<Object> guangxiEvents = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "persons-it");
        int[] ports = DemoNodes.freePorts(2);
        List<ConfigurableApplicationContext> nodes = DemoCommand.start(dir, ports[0], ports[1], FAST);
        vn = nodes.get(0);
        cn = nodes.get(1);
        cn.addApplicationListener((ApplicationListener<PayloadApplicationEvent<?>>) e -> {
            if (e.getPayload() instanceof WantedNoticeReceived || e.getPayload() instanceof WantedNoticeClosed) {
                guangxiEvents.add(e.getPayload());
            }
        });
    }

    @AfterAll
    static void stop() {
        if (cn != null) {
            cn.close();
        }
        if (vn != null) {
            vn.close();
        }
    }

    @Test
    void aSharedNoticeArrivesOnceIsReadAndItsWithdrawalFollows() {
        Actor caoBang = actor(vn, "cb.officer");
        PersonId person = vn.getBean(PersonsService.class).record(caoBang, new PersonDraft(List.of(
                new PersonDraft.Name("Vi Thị Nga", "VIETNAMESE", "PRIMARY"),
                new PersonDraft.Name("VI THI NGA", "LATIN", "AS_ON_DOCUMENT"),
                new PersonDraft.Name("韦氏娥", "HAN", "ALIAS")), "FEMALE",
                new PersonDraft.Birth("FULL", 1991, 8, 3), "VNM",
                List.of(new PersonDraft.Document("VN_CITIZEN_ID", "004191005566", null))));
        WantedNoticesService vnNotices = vn.getBean(WantedNoticesService.class);
        WantedNoticeId notice = vnNotices.issue(caoBang, new NoticeDraft(person.toString(),
                "Mua bán người (Điều 150 Bộ luật Hình sự).", "HUMAN_TRAFFICKING", "Công an tỉnh Cao Bằng",
                "44/QĐ-CSĐT", "", "NO_ONWARD_SHARING", PNG));

        UUID message = vnNotices.share(caoBang, notice, "CN-GX");

        JdbcTemplate vnDb = vn.getBean(JdbcTemplate.class);
        JdbcTemplate cnDb = cn.getBean(JdbcTemplate.class);
        await(() -> "DELIVERED".equals(vnDb.queryForObject("SELECT state FROM outbox WHERE message_id = ?", String.class, message)));
        assertThat(cnDb.queryForObject("SELECT COUNT(*) FROM wanted_notice WHERE id = ?", Integer.class, notice.value()))
                .as("stored once").isEqualTo(1);
        assertThat(guangxiEvents).filteredOn(WantedNoticeReceived.class::isInstance)
                .containsExactly(new WantedNoticeReceived(notice, person, "VN-CB"));

        Actor guangxi = actor(cn, "gx.officer");
        NoticeDossier copy = cn.getBean(WantedNoticesService.class).open(notice, guangxi, "detail").orElseThrow();
        assertThat(copy.own()).isFalse();
        assertThat(copy.originAgency()).isEqualTo("VN-CB");
        assertThat(copy.terms().handlingCode().name()).isEqualTo("NO_ONWARD_SHARING");
        assertThat(copy.hasPhoto()).isTrue();
        assertThat(copy.person().id()).isEqualTo(person);
        assertThat(copy.person().own()).isFalse();
        assertThat(copy.person().particulars().sex()).isEqualTo(Sex.FEMALE);
        assertThat(copy.person().particulars().names()).extracting(n -> n.text()).containsExactly("Vi Thị Nga", "VI THI NGA", "韦氏娥");
        assertThat(copy.person().documents()).singleElement().satisfies(d -> {
            assertThat(d.document().number()).isEqualTo("004191005566");
            assertThat(d.reading().isValid()).isTrue();
            assertThat(d.conflicts()).isEmpty();
        });
        // the officer's opening the notice travels back as "read"
        await(() -> vnDb.queryForObject("SELECT read_ms FROM outbox WHERE message_id = ?", Long.class, message) > 0);

        // the copy is Cao Bang's: Guangxi neither passes it on nor ends it
        assertThatThrownBy(() -> cn.getBean(WantedNoticesService.class).share(guangxi, notice, "VN-CB"))
                .isInstanceOf(PersonsChangeRefused.class);
        assertThatThrownBy(() -> cn.getBean(WantedNoticesService.class)
                .close(guangxi, notice, WantedNoticeStatus.WITHDRAWN, "không"))
                .isInstanceOf(PersonsChangeRefused.class)
                .hasMessageContaining("persons.notice.error.foreign");

        vnNotices.close(caoBang, notice, WantedNoticeStatus.WITHDRAWN, "Đối tượng đã ra đầu thú.");

        await(() -> "WITHDRAWN".equals(cnDb.queryForObject("SELECT status FROM wanted_notice WHERE id = ?", String.class,
                notice.value())));
        assertThat(cnDb.queryForObject("SELECT status_reason FROM wanted_notice WHERE id = ?", String.class, notice.value()))
                .isEqualTo("Đối tượng đã ra đầu thú.");
        assertThat(guangxiEvents).filteredOn(WantedNoticeClosed.class::isInstance)
                .containsExactly(new WantedNoticeClosed(notice, "VN-CB", WantedNoticeStatus.WITHDRAWN));
        assertThat(guangxiEvents).filteredOn(WantedNoticeReceived.class::isInstance).hasSize(1);
    }

    static Actor actor(ConfigurableApplicationContext node, String username) {
        return new Actor(node.getBean(OfficerAccounts.class).findLogin(username).orElseThrow().officer(), "127.0.0.1");
    }
}
