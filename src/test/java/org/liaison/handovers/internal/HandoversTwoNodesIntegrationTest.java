package org.liaison.handovers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.cli.DemoCommand;
import org.liaison.directory.OfficerAccounts;
import org.liaison.exchange.NodeSignatures;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverClosed;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.handovers.Handovers;
import org.liaison.handovers.LinkedRecord;
import org.liaison.handovers.internal.HandoverDrafts.ConfirmationDraft;
import org.liaison.handovers.internal.HandoverDrafts.DetentionDraft;
import org.liaison.handovers.internal.HandoverDrafts.LocatedDraft;
import org.liaison.handovers.internal.HandoverDrafts.ProposalDraft;
import org.liaison.handovers.internal.HandoverDrafts.ReasonDraft;
import org.liaison.handovers.internal.HandoverDrafts.RequestDraft;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.internal.Actor;
import org.liaison.persons.internal.NoticeDraft;
import org.liaison.persons.internal.PersonDraft;
import org.liaison.persons.internal.PersonsService;
import org.liaison.persons.internal.WantedNoticesService;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cao Bang and Guangxi as two real nodes on loopback: a handover goes from Cao Bang's request through Guangxi's
 * arrest and proposal, both sides' agreement and signed confirmations, to Cao Bang's closure; every stage shows on
 * both nodes, both signatures verify on both, the wanted notice ends executed on both, and HandoverClosed is
 * published on both. Stages recorded by the wrong side, out of order or after the end are refused and change
 * nothing on either node; a confirmation changed in the database no longer verifies.
 */
class HandoversTwoNodesIntegrationTest {

    static final Map<String, Object> FAST = Map.of("liaison.exchange.max-backoff", "1s", "logging.level.root", "WARN");

    /** Cao Bang's demo request to locate Hoàng Thị Mai, which a handover may belong to. */
    static final java.util.UUID LOCATE_MAI = java.util.UUID.nameUUIDFromBytes(
            "liaison-demo:request:vn-locate-mai".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext cn;
    static final List<HandoverClosed> closedOnVn = new CopyOnWriteArrayList<>();
    static final List<HandoverClosed> closedOnCn = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "handovers-it");
        List<ConfigurableApplicationContext> nodes = DemoCommand.start(dir, freePort(), freePort(), FAST);
        vn = nodes.get(0);
        cn = nodes.get(1);
        listen(vn, closedOnVn);
        listen(cn, closedOnCn);
    }

    static void listen(ConfigurableApplicationContext node, List<HandoverClosed> into) {
        node.addApplicationListener((ApplicationListener<PayloadApplicationEvent<?>>) e -> {
            if (e.getPayload() instanceof HandoverClosed c) {
                into.add(c);
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
    void aHandoverRunsFromRequestToClosureOnBothNodes() {
        Caller caoBang = caller(vn, "cb.officer");
        Caller guangxi = caller(cn, "gx.officer");
        WantedNoticeId notice = sharedNotice("Lý Thị Hạnh", "020185004411");
        HandoverService vnHandovers = vn.getBean(HandoverService.class);
        HandoverService cnHandovers = cn.getBean(HandoverService.class);

        HandoverId id = vnHandovers.request(caoBang, new RequestDraft(notice.toString(), "CN-GX",
                "Đối tượng bỏ trốn sang Quảng Tây; đề nghị bắt giữ và bàn giao.", LOCATE_MAI.toString(), ""));
        await(() -> status(cn, id) == HandoverStatus.REQUESTED);

        // Guangxi's stages, each following on Cao Bang's node
        String today = LocalDate.now(cn.getBean(HandoverService.class).zone()).toString();
        cnHandovers.recordLocated(guangxi, id, new LocatedDraft(today, "龙州县水口镇", "出租屋"));
        cnHandovers.recordDetention(guangxi, id, new DetentionDraft(today, "06:30", "龙州县水口镇", "龙州县公安局"));
        cnHandovers.propose(guangxi, id, new ProposalDraft("TA-LUNG", today, "09:30", "Thiếu tá Nông Thị Hoa",
                "黄志强\n农建军", "Hộ chiếu / 护照\nĐiện thoại / 手机"));
        await(() -> status(vn, id) == HandoverStatus.PROPOSED);

        // Cao Bang may not record Guangxi's stages, nor execute before both agreed
        assertRefused(() -> vnHandovers.propose(caoBang, id, new ProposalDraft("TRA-LINH", today, "10:00", "a", "b", "c")),
                "handovers.error.notYourStage");
        assertRefused(() -> vnHandovers.confirm(caoBang, id, confirmation(today, "Thiếu tá Nông Thị Hoa")),
                "handovers.error.notNow");

        cnHandovers.agree(caller(cn, "gx.supervisor"), id);
        vnHandovers.agree(caller(vn, "cb.supervisor"), id);
        await(() -> status(vn, id) == HandoverStatus.AGREED && status(cn, id) == HandoverStatus.AGREED);

        cnHandovers.confirm(guangxi, id, confirmation(today, "黄志强\n农建军"));
        vnHandovers.confirm(caoBang, id, confirmation(today, "Thiếu tá Nông Thị Hoa"));
        await(() -> status(vn, id) == HandoverStatus.EXECUTED && status(cn, id) == HandoverStatus.EXECUTED);

        for (ConfigurableApplicationContext node : List.of(vn, cn)) {
            HandoverView view = open(node, id);
            assertThat(view.confirmations()).as("both confirmations on " + agency(node)).hasSize(2)
                    .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(NodeSignatures.Verdict.VALID));
            assertThat(view.custody()).extracting(CustodyEntry::toParty).containsExactly("CN-GX", "VN-CB");
        }
        // Guangxi does not close Cao Bang's request
        assertRefused(() -> cnHandovers.close(guangxi, id), "handovers.error.notYourStage");

        vnHandovers.close(caoBang, id);
        await(() -> status(cn, id) == HandoverStatus.CLOSED);
        await(() -> "EXECUTED".equals(noticeStatus(cn, notice)));
        assertThat(noticeStatus(vn, notice)).isEqualTo("EXECUTED");
        await(() -> closedOnCn.stream().anyMatch(c -> c.handover().equals(id)));
        assertThat(closedOnVn).filteredOn(c -> c.handover().equals(id)).singleElement().satisfies(c -> {
            assertThat(c.notice()).isEqualTo(notice);
            assertThat(c.links()).containsExactly(new LinkedRecord(LinkedRecord.Kind.REQUEST, LOCATE_MAI.toString()));
            assertThat(c.direction()).isEqualTo(Direction.TO_VIET_NAM);
        });
        // the request the handover belongs to says so on its thread, on both nodes
        for (ConfigurableApplicationContext node : List.of(vn, cn)) {
            await(() -> node.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM thread_entry WHERE thread = ?"
                    + " AND kind = 'HANDOVER_EXECUTED' AND text LIKE ?", Long.class, LOCATE_MAI, "%" + id) == 1);
        }
        for (ConfigurableApplicationContext node : List.of(vn, cn)) {
            assertThat(open(node, id).confirmations()).as("still verifying on " + agency(node))
                    .allSatisfy(c -> assertThat(c.verified()).isTrue());
        }
        LocalDate day = LocalDate.parse(today).minusDays(1);
        assertThat(vn.getBean(Handovers.class).count(day, day, "CN-GX").toVietNam()).isEqualTo(1);
        assertThat(cn.getBean(Handovers.class).count(day, day, "VN-CB").toVietNam()).isEqualTo(1);

        // closed: nothing changes any more, on either side
        long outbox = vn.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM outbox", Long.class);
        assertRefused(() -> vnHandovers.cancel(caoBang, id, new ReasonDraft("nhầm")), "handovers.error.ended");
        assertRefused(() -> cnHandovers.recordCustody(guangxi, id, new HandoverDrafts.CustodyDraft(today, "10:00",
                "水口", "黄志强", "A", "B", "")), "handovers.error.ended");
        assertThat(vn.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM outbox", Long.class))
                .as("nothing sent").isEqualTo(outbox);
    }

    @Test
    void aConfirmationChangedAfterSigningNoLongerVerifies() {
        Caller caoBang = caller(vn, "cb.officer");
        Caller guangxi = caller(cn, "gx.officer");
        WantedNoticeId notice = sharedNotice("Hà Văn Tâm", "004087002233");
        HandoverService vnHandovers = vn.getBean(HandoverService.class);
        HandoverService cnHandovers = cn.getBean(HandoverService.class);
        String today = LocalDate.now(vnHandovers.zone()).toString();
        HandoverId id = vnHandovers.request(caoBang, new RequestDraft(notice.toString(), "CN-GX", "Bàn giao.", "", ""));
        await(() -> status(cn, id) == HandoverStatus.REQUESTED);
        cnHandovers.recordDetention(guangxi, id, new DetentionDraft(today, "", "凭祥市", "凭祥市公安局"));
        cnHandovers.propose(guangxi, id, new ProposalDraft("HUU-NGHI", today, "08:00", "Trung tá Hoàng Văn Nam",
                "韦海燕", "护照"));
        cnHandovers.agree(guangxi, id);
        await(() -> status(vn, id) == HandoverStatus.PROPOSED && open(vn, id).agreedHolding());
        vnHandovers.agree(caoBang, id);
        await(() -> status(cn, id) == HandoverStatus.AGREED);
        cnHandovers.confirm(guangxi, id, confirmation(today, "韦海燕"));
        await(() -> open(vn, id).confirmation(Side.HOLDING).isPresent());
        assertThat(open(vn, id).confirmation(Side.HOLDING).orElseThrow().verified()).isTrue();

        // someone with database access softens Guangxi's account of the person's condition on Cao Bang's node
        vn.getBean(JdbcTemplate.class).update("UPDATE handover_confirmation SET condition_note = ? WHERE handover = ?",
                "Có thương tích nhẹ", id.value());

        assertThat(open(vn, id).confirmation(Side.HOLDING).orElseThrow().verdict())
                .isEqualTo(NodeSignatures.Verdict.INVALID);
        assertThat(open(cn, id).confirmation(Side.HOLDING).orElseThrow().verdict())
                .as("the untouched copy still verifies").isEqualTo(NodeSignatures.Verdict.VALID);
    }

    /** Executed at noon yesterday: the same day in Viet Nam's and China's time, and never in the future. */
    static ConfirmationDraft confirmation(String today, String officers) {
        return new ConfirmationDraft(LocalDate.parse(today).minusDays(1).toString(), "12:00", officers, "Hộ chiếu / 护照", "MATCHES", "Bình thường / 良好",
                "Hộ chiếu / 护照");
    }

    /** A person and wanted notice of Cao Bang's, shared with Guangxi, arrived there. */
    static WantedNoticeId sharedNotice(String name, String citizenId) {
        Actor actor = new Actor(caller(vn, "cb.officer").officer(), "127.0.0.1");
        PersonId person = vn.getBean(PersonsService.class).record(actor, new PersonDraft(List.of(
                new PersonDraft.Name(name, "VIETNAMESE", "PRIMARY")), "FEMALE", null, "VNM",
                List.of(new PersonDraft.Document("VN_CITIZEN_ID", citizenId, null))));
        WantedNoticesService notices = vn.getBean(WantedNoticesService.class);
        WantedNoticeId notice = notices.issue(actor, new NoticeDraft(person.toString(),
                "Mua bán trái phép chất ma túy (Điều 251 Bộ luật Hình sự).", "DRUGS", "Công an tỉnh Cao Bằng",
                "61/QĐ-CSĐT", "", "LAW_ENFORCEMENT_ONLY", null));
        notices.share(actor, notice, "CN-GX");
        await(() -> noticeStatus(cn, notice) != null);
        return notice;
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(HandoverRefused.class).hasMessageContaining(key);
    }

    static HandoverView open(ConfigurableApplicationContext node, HandoverId id) {
        String user = agency(node).equals("VN-CB") ? "cb.auditor" : "gx.auditor";
        return node.getBean(HandoverService.class).open(id, caller(node, user), "test").orElseThrow();
    }

    static HandoverStatus status(ConfigurableApplicationContext node, HandoverId id) {
        List<String> s = node.getBean(JdbcTemplate.class).queryForList("SELECT status FROM handover WHERE id = ?",
                String.class, id.value());
        return s.isEmpty() ? null : HandoverStatus.valueOf(s.get(0));
    }

    static String noticeStatus(ConfigurableApplicationContext node, WantedNoticeId id) {
        List<String> s = node.getBean(JdbcTemplate.class).queryForList("SELECT status FROM wanted_notice WHERE id = ?",
                String.class, id.value());
        return s.isEmpty() ? null : s.get(0);
    }

    static String agency(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("liaison.node.agency");
    }

    static Caller caller(ConfigurableApplicationContext node, String username) {
        return new Caller(node.getBean(OfficerAccounts.class).findLogin(username).orElseThrow().officer(), "127.0.0.1");
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
