package org.liaison.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.support.Eventually.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cli.DemoCommand;
import org.liaison.directory.OfficerAccounts;
import org.liaison.support.DemoNodes;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cao Bang and Guangxi as two real nodes talking over HTTP through the exchange: a case Cao Bang opens and shares
 * arrives on Guangxi with its persons and seizures; Guangxi's proposals are accepted (both nodes end at the same
 * revision with the same seizures) or rejected (Guangxi sees the reason); a proposal made on an older revision can
 * only be rejected; and what either side may not do is refused with nothing changed or sent.
 */
class CasesTwoNodesIntegrationTest {

    static final Map<String, Object> FAST = Map.of("liaison.exchange.max-backoff", "1s", "logging.level.root", "WARN");
    static final UUID LUO = UUID.nameUUIDFromBytes("liaison-demo:person:vn-luo".getBytes(StandardCharsets.UTF_8));
    static final UUID QIN = UUID.nameUUIDFromBytes("liaison-demo:person:cn-qin".getBytes(StandardCharsets.UTF_8));

    static ConfigurableApplicationContext vn;
    static ConfigurableApplicationContext cn;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "cases-it");
        int[] ports = DemoNodes.freePorts(2);
        List<ConfigurableApplicationContext> nodes = DemoCommand.start(dir, ports[0], ports[1], FAST);
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
    void aSharedCaseArrivesOnThePartnerWithItsPersonsAndSeizures() {
        CaseId id = openAndShare("Kiểm tra hàng hóa qua cửa khẩu Tà Lùng", "水口口岸货物检查案");

        await(() -> revisionOn(cn, id) == 3);
        CaseDossier copy = open(cn, "gx.officer", id);
        assertThat(copy.own()).isFalse();
        assertThat(copy.originAgency()).isEqualTo("VN-CB");
        assertThat(copy.core().titleZh()).isEqualTo("水口口岸货物检查案");
        assertThat(copy.persons()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo(LUO);
            assertThat(p.names()).isEqualTo("罗振邦 · Luó Zhènbāng · La Chấn Bang");
            assertThat(p.onThisNode()).isFalse();
        });
        assertThat(copy.seizures()).extracting(Seizure::seizureId)
                .containsExactlyElementsOf(open(vn, "cb.officer", id).seizures().stream().map(Seizure::seizureId).toList());
        assertThat(copy.history()).extracting(CaseHistoryEntry::kind).containsExactly(HistoryKind.RECEIVED);
        assertThat(count(cn, "SELECT COUNT(*) FROM joint_case WHERE id = ?", id.value())).as("stored once").isEqualTo(1);
    }

    @Test
    void anAcceptedProposalIsAppliedOnTheOriginatorAndBothNodesEndInStep() {
        CaseId id = openAndShare("Vận chuyển ketamine qua Trùng Khánh", "经重庆县运输氯胺酮案");
        await(() -> revisionOn(cn, id) == 3);

        UUID proposal = proposals(cn).proposeSeizure(actor(cn, "gx.officer"), id, new SeizureDraft("KETAMINE", "3.5",
                "KG", "广西大新县德天", LocalDate.now().minusDays(2).toString(), "CN-GX"), "大新县公安局查获。", "");
        await(() -> pending(vn, proposal));
        assertThat(open(vn, "cb.officer", id).proposals()).filteredOn(p -> p.id().equals(proposal)).singleElement()
                .satisfies(p -> assertThat(p.proposingAgency()).isEqualTo("CN-GX"));

        proposals(vn).decide(actor(vn, "cb.supervisor"), id, proposal, true, null);

        await(() -> revisionOn(cn, id) == 4 && stateOn(cn, proposal).equals("ACCEPTED"));
        CaseDossier there = open(cn, "gx.officer", id);
        CaseDossier here = open(vn, "cb.officer", id);
        assertThat(there.revision()).isEqualTo(here.revision()).isEqualTo(4);
        assertThat(there.seizures()).isEqualTo(here.seizures());
        assertThat(there.totals()).isEqualTo(here.totals());
        assertThat(there.proposals()).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(ProposalState.ACCEPTED);
            assertThat(p.appliedRevision()).isEqualTo(4);
            assertThat(p.decidedBy()).isEqualTo("cb.supervisor");
        });
        assertThat(there.history()).extracting(CaseHistoryEntry::kind)
                .startsWith(HistoryKind.PROPOSAL_ACCEPTED, HistoryKind.UPDATED, HistoryKind.PROPOSED);
    }

    @Test
    void aProposedPersonIsLinkedOnBothNodesOnceAccepted() {
        CaseId id = openAndShare("Rửa tiền qua biên giới Thủy Khẩu", "经水口跨境洗钱案");
        await(() -> revisionOn(cn, id) == 3);

        UUID proposal = proposals(cn).proposePerson(actor(cn, "gx.officer"), id, QIN.toString(), "SUSPECT", "资金经手人。");
        await(() -> pending(vn, proposal));
        proposals(vn).decide(actor(vn, "cb.supervisor"), id, proposal, true, null);

        await(() -> revisionOn(cn, id) == 4);
        for (var node : List.of(vn, cn)) {
            assertThat(open(node, node == vn ? "cb.officer" : "gx.officer", id).persons())
                    .filteredOn(p -> p.personId().equals(QIN)).singleElement().satisfies(p -> {
                        assertThat(p.names()).isEqualTo("覃海生 · Qín Hǎishēng · QIN HAISHENG · Đàm Hải Sinh");
                        assertThat(p.heldBy()).isEqualTo("CN-GX");
                        // Cao Bang holds Guangxi's record of him, received with a wanted notice
                        assertThat(p.onThisNode()).isTrue();
                    });
        }
    }

    @Test
    void aRejectedProposalChangesNothingAndThePartnerSeesTheReason() {
        CaseId id = openAndShare("Mua bán người qua Hạ Lang", "经下琅县拐卖人口案");
        await(() -> revisionOn(cn, id) == 3);
        CaseCore before = open(cn, "gx.officer", id).core();

        UUID proposal = proposals(cn).proposeCore(actor(cn, "gx.officer"), id, 3, draft(before, "龙州县拐卖人口案"),
                "地点有误。");
        await(() -> pending(vn, proposal));
        proposals(vn).decide(actor(vn, "cb.supervisor"), id, proposal, false, "Địa bàn đã được xác minh là Hạ Lang.");

        await(() -> stateOn(cn, proposal).equals("REJECTED"));
        CaseDossier there = open(cn, "gx.officer", id);
        assertThat(there.core()).isEqualTo(before);
        assertThat(there.revision()).isEqualTo(3);
        assertThat(there.proposals()).singleElement().satisfies(p ->
                assertThat(p.reason()).isEqualTo("Địa bàn đã được xác minh là Hạ Lang."));
        assertThat(open(vn, "cb.officer", id).revision()).isEqualTo(3);
    }

    @Test
    void aProposalMadeOnAnOlderRevisionCanOnlyBeRejected() {
        CaseId id = openAndShare("Tàng trữ súng tại Phục Hòa", "复和县非法持有枪支案");
        await(() -> revisionOn(cn, id) == 3);
        Actor gx = actor(cn, "gx.officer");
        CaseCore core = open(cn, "gx.officer", id).core();
        UUID first = proposals(cn).proposeCore(gx, id, 3, draft(core, "复和县非法持有枪支弹药案"), "");
        UUID second = proposals(cn).proposeSeizure(gx, id, new SeizureDraft("OTHER", "12", "TABLETS", "龙州县水口镇",
                LocalDate.now().toString(), "CN-GX"), "", "");
        await(() -> pending(vn, first) && pending(vn, second));

        proposals(vn).decide(actor(vn, "cb.supervisor"), id, first, true, null);
        assertThat(open(vn, "cb.officer", id).proposals()).filteredOn(p -> p.id().equals(second)).singleElement()
                .satisfies(p -> assertThat(p.outOfDate()).isTrue());
        long outbox = count(vn, "SELECT COUNT(*) FROM outbox");

        assertThatThrownBy(() -> proposals(vn).decide(actor(vn, "cb.supervisor"), id, second, true, null))
                .isInstanceOf(CasesChangeRefused.class)
                .hasMessageContaining("cases.error.outOfDate[3, 4]");
        assertThat(open(vn, "cb.officer", id).revision()).isEqualTo(4);
        assertThat(stateOn(vn, second)).isEqualTo("PENDING");
        assertThat(count(vn, "SELECT COUNT(*) FROM outbox")).isEqualTo(outbox);

        // the partner's copy catches up and shows its own proposal as out of date too
        await(() -> revisionOn(cn, id) == 4);
        assertThat(open(cn, "gx.officer", id).proposals()).filteredOn(p -> p.id().equals(second)).singleElement()
                .satisfies(p -> assertThat(p.outOfDate()).isTrue());

        proposals(vn).decide(actor(vn, "cb.supervisor"), id, second, false, "Đề nghị gửi lại trên phiên bản 4.");
        await(() -> stateOn(cn, second).equals("REJECTED"));
    }

    @Test
    void whatASideMayNotDoIsRefusedWithNothingChangedOrSent() {
        CaseId id = openAndShare("Lừa đảo viễn thông từ Bằng Tường", "凭祥市电信诈骗案");
        await(() -> revisionOn(cn, id) == 3);
        Actor gx = actor(cn, "gx.officer");
        Actor cb = actor(vn, "cb.supervisor");
        CaseCore core = open(cn, "gx.officer", id).core();
        long cnOutbox = count(cn, "SELECT COUNT(*) FROM outbox");

        // the partner edits the shared core directly, or records a seizure on it
        assertRefused(() -> cases(cn).edit(gx, id, 3, draft(core, "改名")), "cases.error.foreignCore[VN-CB]");
        assertRefused(() -> cases(cn).addSeizure(gx, id, new SeizureDraft("HEROIN", "1", "KG", "凭祥",
                LocalDate.now().toString(), "CN-GX")), "cases.error.foreignCore[VN-CB]");
        assertThat(open(cn, "gx.officer", id).core()).isEqualTo(core);
        assertThat(count(cn, "SELECT COUNT(*) FROM outbox")).isEqualTo(cnOutbox);

        // a proposal is decided once, and only by the originator
        UUID proposal = proposals(cn).proposeCore(gx, id, 3, draft(core, "凭祥市跨境电信诈骗案"), "");
        await(() -> pending(vn, proposal));
        assertRefused(() -> proposals(cn).decide(gx, id, proposal, true, null), "cases.error.decideForeign[VN-CB]");
        proposals(vn).decide(cb, id, proposal, false, "Giữ tên cũ.");
        long vnOutbox = count(vn, "SELECT COUNT(*) FROM outbox");
        assertRefused(() -> proposals(vn).decide(cb, id, proposal, true, null), "cases.error.alreadyDecided");
        assertRefused(() -> proposals(vn).decide(cb, id, proposal, false, "lần nữa"), "cases.error.alreadyDecided");
        assertThat(stateOn(vn, proposal)).isEqualTo("REJECTED");
        assertThat(count(vn, "SELECT COUNT(*) FROM outbox")).isEqualTo(vnOutbox);

        // a closed case changes no more, on either side
        CaseCore closed = new CaseCore(core.crimeArea(), core.titleVi(), core.titleZh(), core.summary(), CaseStatus.CLOSED,
                core.units());
        cases(vn).edit(cb, id, 3, ProposalsService.draft(closed));
        await(() -> revisionOn(cn, id) == 4);
        vnOutbox = count(vn, "SELECT COUNT(*) FROM outbox");
        assertRefused(() -> cases(vn).edit(cb, id, 4, ProposalsService.draft(core)), "cases.error.closed");
        assertRefused(() -> cases(vn).addSeizure(cb, id, new SeizureDraft("HEROIN", "1", "KG", "Trùng Khánh",
                LocalDate.now().toString(), "VN-CB")), "cases.error.closed");
        assertRefused(() -> work(vn).setTask(cb, id, new TaskDraft("Tổng kết", "cb.officer",
                LocalDate.now().plusDays(1).toString())), "cases.error.closed");
        assertRefused(() -> proposals(cn).proposeSeizure(gx, id, new SeizureDraft("HEROIN", "1", "KG", "凭祥",
                LocalDate.now().toString(), "CN-GX"), "", ""), "cases.error.closed");
        assertThat(open(vn, "cb.officer", id).revision()).isEqualTo(4);
        assertThat(count(vn, "SELECT COUNT(*) FROM outbox")).isEqualTo(vnOutbox);
    }

    /** Cao Bang opens a drug case with a person and a seizure (revision 3) and shares it with Guangxi. */
    static CaseId openAndShare(String titleVi, String titleZh) {
        Actor cb = actor(vn, "cb.officer");
        CasesService service = cases(vn);
        CaseId id = service.create(cb, new CaseDraft("DRUGS", titleVi, titleZh,
                "Hai bên phối hợp xác minh theo tin báo của Văn phòng Liên lạc biên giới.", null,
                List.of("VN-CB/CB-PC04", "CN-GX/GX-JD")));
        service.linkPerson(cb, id, LUO.toString(), "SUSPECT");
        service.addSeizure(cb, id, new SeizureDraft("HEROIN", "0.45", "KG", "Xã Đàm Thủy, Trùng Khánh",
                LocalDate.now().minusDays(1).toString(), "VN-CB"));
        service.share(cb, id, "CN-GX");
        return id;
    }

    static CaseDraft draft(CaseCore c, String titleZh) {
        return ProposalsService.draft(new CaseCore(c.crimeArea(), c.titleVi(), titleZh, c.summary(), c.status(), c.units()));
    }

    static void assertRefused(Runnable action, String reason) {
        assertThatThrownBy(action::run).isInstanceOf(CasesChangeRefused.class).hasMessageContaining(reason);
    }

    static CaseDossier open(ConfigurableApplicationContext node, String username, CaseId id) {
        return cases(node).open(id, actor(node, username)).orElseThrow();
    }

    static int revisionOn(ConfigurableApplicationContext node, CaseId id) {
        List<Integer> r = node.getBean(JdbcTemplate.class).queryForList("SELECT revision FROM joint_case WHERE id = ?",
                Integer.class, id.value());
        return r.isEmpty() ? 0 : r.get(0);
    }

    static String stateOn(ConfigurableApplicationContext node, UUID proposal) {
        List<String> s = node.getBean(JdbcTemplate.class).queryForList("SELECT state FROM proposal WHERE id = ?",
                String.class, proposal);
        return s.isEmpty() ? "" : s.get(0);
    }

    static boolean pending(ConfigurableApplicationContext node, UUID proposal) {
        return stateOn(node, proposal).equals("PENDING");
    }

    static long count(ConfigurableApplicationContext node, String sql, Object... args) {
        return node.getBean(JdbcTemplate.class).queryForObject(sql, Long.class, args);
    }

    static CasesService cases(ConfigurableApplicationContext node) {
        return node.getBean(CasesService.class);
    }

    static ProposalsService proposals(ConfigurableApplicationContext node) {
        return node.getBean(ProposalsService.class);
    }

    static CaseWork work(ConfigurableApplicationContext node) {
        return node.getBean(CaseWork.class);
    }

    static Actor actor(ConfigurableApplicationContext node, String username) {
        return new Actor(node.getBean(OfficerAccounts.class).findLogin(username).orElseThrow().officer(), "127.0.0.1");
    }
}
