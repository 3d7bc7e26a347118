package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.screening.ScreeningIntegrationTest.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.cli.DemoCommand;
import org.liaison.directory.OfficerAccounts;
import org.liaison.matching.Identity;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.internal.NoticeDraft;
import org.liaison.persons.internal.PersonDraft;
import org.liaison.persons.internal.PersonsService;
import org.liaison.persons.internal.WantedNoticesService;
import org.liaison.screening.internal.Actor;
import org.liaison.screening.internal.ConfirmationView;
import org.liaison.screening.internal.ConfirmationsService;
import org.liaison.screening.internal.HitStatus;
import org.liaison.screening.internal.HitView;
import org.liaison.screening.internal.HitsService;
import org.liaison.screening.internal.PersonIndex;
import org.liaison.shared.NodeProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cao Bang and Guangxi as two real nodes on loopback: Cao Bang shares a wanted notice, Guangxi's node screens it
 * against its own persons as it arrives, the hit waits for Guangxi's officers, one confirms it, and Cao Bang's notice
 * then shows who confirmed it with what Guangxi shared of its record; Cao Bang reading it tells Guangxi. And the demo's
 * seeded confirmation on Cao Bang is what Guangxi's node would have sent.
 */
class ScreeningTwoNodesIntegrationTest {

    static final Map<String, Object> FAST = Map.of("liaison.exchange.max-backoff", "1s", "logging.level.root", "WARN");

    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext cn;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "screening-it");
        List<ConfigurableApplicationContext> nodes = DemoCommand.start(dir, freePort(), freePort(), FAST);
        vn = nodes.get(0);
        cn = nodes.get(1);
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
    void guangxiScreensCaoBangsNoticeOnArrivalAndItsConfirmationReachesCaoBang() {
        // Guangxi's border police hold a Vietnamese man under the Han rendering of his name
        PersonId held = cn.getBean(PersonsService.class).record(persons(cn, "gx.officer"), new PersonDraft(List.of(
                new PersonDraft.Name("何文力", "HAN", "PRIMARY")), "MALE", new PersonDraft.Birth("YEAR", 1987, null, null),
                "VNM", List.of()));
        org.liaison.persons.internal.Actor caoBang = persons(vn, "cb.officer");
        PersonId wanted = vn.getBean(PersonsService.class).record(caoBang, new PersonDraft(List.of(
                new PersonDraft.Name("Hà Văn Lực", "VIETNAMESE", "PRIMARY"),
                new PersonDraft.Name("HA VAN LUC", "LATIN", "AS_ON_DOCUMENT")), "MALE",
                new PersonDraft.Birth("FULL", 1987, 9, 2), "VNM", List.of()));
        WantedNoticesService vnNotices = vn.getBean(WantedNoticesService.class);
        WantedNoticeId notice = vnNotices.issue(caoBang, new NoticeDraft(wanted.toString(),
                "Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự).", "DRUGS", "Công an tỉnh Cao Bằng",
                "61/QĐ-CSĐT", "", "LAW_ENFORCEMENT_ONLY", null));

        vnNotices.share(caoBang, notice, "CN-GX");

        JdbcTemplate cnDb = cn.getBean(JdbcTemplate.class);
        await(() -> cnDb.queryForObject("SELECT COUNT(*) FROM screening_hit WHERE notice_id = ?", Integer.class,
                notice.value()) == 1);
        HitsService guangxiHits = cn.getBean(HitsService.class);
        Actor guangxiOfficer = actor(cn, "gx.officer");
        HitView hit = guangxiHits.list(HitStatus.NEW, guangxiOfficer).stream()
                .filter(h -> h.notice().equals(notice)).findFirst().orElseThrow();
        assertThat(hit.person()).isEqualTo(held);
        assertThat(hit.evidence()).extracting(e -> e.left() + " ~ " + e.right() + " " + e.kind())
                .contains("Hà ~ 何 HAN_VIET", "Văn ~ 文 HAN_VIET", "Lực ~ 力 HAN_VIET");

        guangxiHits.confirm(hit.id(), guangxiOfficer, "在友谊关口岸核实身份。");

        ConfirmationsService caoBangConfirmations = vn.getBean(ConfirmationsService.class);
        Actor caoBangOfficer = actor(vn, "cb.officer");
        await(() -> !caoBangConfirmations.onNotice(notice, caoBangOfficer).isEmpty());
        ConfirmationView shown = caoBangConfirmations.onNotice(notice, caoBangOfficer).getFirst();
        assertThat(shown.id()).isEqualTo(hit.id());
        assertThat(shown.agency()).isEqualTo("CN-GX");
        assertThat(shown.officerName()).isEqualTo("黄志强");
        assertThat(shown.note()).isEqualTo("在友谊关口岸核实身份。");
        assertThat(shown.withheld()).isFalse();
        assertThat(shown.names()).extracting(PersonName::text).containsExactly("何文力");
        assertThat(shown.evidence()).isEqualTo(hit.evidence());
        assertThat(caoBangConfirmations.unnoted(caoBangOfficer)).extracting(ConfirmationView::id).contains(hit.id());

        // reading it on Cao Bang tells Guangxi its message was read
        caoBangConfirmations.noted(hit.id(), caoBangOfficer);
        UUID message = guangxiHits.open(hit.id(), guangxiOfficer).orElseThrow().hit().confirmationMessage();
        await(() -> cnDb.queryForObject("SELECT read_ms FROM outbox WHERE message_id = ?", Long.class, message) > 0);
    }

    @Test
    void theSeededConfirmationOnCaoBangIsWhatGuangxisNodeWouldHaveSent() {
        WantedNoticeId mai = new WantedNoticeId(ScreeningIntegrationTest.MAI_NOTICE);
        Actor guangxiOfficer = actor(cn, "gx.officer");
        HitView confirmed = cn.getBean(HitsService.class).onNotice(mai, guangxiOfficer).getFirst();
        var local = cn.getBean(HitsService.class).open(confirmed.id(), guangxiOfficer).orElseThrow().local();

        ConfirmationView seeded = vn.getBean(ConfirmationsService.class).onNotice(mai, actor(vn, "cb.officer")).getFirst();

        assertThat(confirmed.status()).isEqualTo(HitStatus.CONFIRMED);
        assertThat(seeded.id()).isEqualTo(confirmed.id());
        assertThat(seeded.officerName()).isEqualTo(confirmed.reviewerName());
        assertThat(seeded.note()).isEqualTo(confirmed.reviewNote());
        assertThat(seeded.names()).isEqualTo(local.names());
        assertThat(seeded.sex()).isEqualTo(local.sex());
        assertThat(seeded.birthDate()).isEqualTo(local.birthDate());
        assertThat(seeded.nationality()).isEqualTo(local.nationality());
        assertThat(seeded.evidence()).isEqualTo(confirmed.evidence());
        assertThat(seeded.score()).isEqualTo(confirmed.score());
    }

    @Test
    void eachNodeKeepsItsOwnNameIndexOnDiskAndScreensOnlyItsOwnPersons() {
        // a man only Guangxi holds: its index finds him as soon as he is recorded, Cao Bang's never sees him
        PersonId held = cn.getBean(PersonsService.class).record(persons(cn, "gx.officer"), new PersonDraft(List.of(
                new PersonDraft.Name("农卫东", "HAN", "PRIMARY")), "MALE", new PersonDraft.Birth("YEAR", 1979, null, null),
                "CHN", List.of()));
        List<Identity> subject = List.of(Identity.named("Nong Weidong"));
        PersonIndex guangxi = cn.getBean(PersonIndex.class);
        PersonIndex caoBang = vn.getBean(PersonIndex.class);
        await(() -> guangxi.screen(subject, PersonIndex.Scope.OWN, 0.8, 10).stream()
                .anyMatch(c -> c.person().equals(held)));

        assertThat(caoBang.screen(subject, PersonIndex.Scope.ALL, 0.8, 10)).extracting(PersonIndex.PersonCandidate::person)
                .doesNotContain(held);
        for (ConfigurableApplicationContext node : List.of(vn, cn)) {
            Path names = node.getBean(NodeProperties.class).dataDir().resolve("index/names");
            assertThat(names.resolve("write.lock")).as("the index of %s is on disk under its data folder", node).exists();
        }
        assertThat(cn.getBean(NodeProperties.class).dataDir()).isNotEqualTo(vn.getBean(NodeProperties.class).dataDir());
    }

    static org.liaison.persons.internal.Actor persons(ConfigurableApplicationContext node, String username) {
        return new org.liaison.persons.internal.Actor(officer(node, username), "127.0.0.1");
    }

    static Actor actor(ConfigurableApplicationContext node, String username) {
        return new Actor(officer(node, username), "127.0.0.1");
    }

    static org.liaison.shared.CurrentOfficer officer(ConfigurableApplicationContext node, String username) {
        return node.getBean(OfficerAccounts.class).findLogin(username).orElseThrow().officer();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
