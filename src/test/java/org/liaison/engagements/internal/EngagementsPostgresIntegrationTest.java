package org.liaison.engagements.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.liaison.engagements.EngagementCounts;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.Engagements;
import org.liaison.engagements.GuangxiPairing;
import org.liaison.engagements.JointStatus;
import org.liaison.engagements.ReplyCommitments;
import org.liaison.engagements.internal.Draft.ParticipantDraft;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement records on PostgreSQL: the seeded history counts as published, the JSON details and the period
 * and filter queries work there as on H2, a partner's copy takes a correction, signed texts keep their bytes, and
 * a stale write is refused. Each test is rolled back.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@PostgresTest
@Import(GuangxiPairing.class)
@Transactional
class EngagementsPostgresIntegrationTest {

    @Autowired
    EngagementsService service;
    @Autowired
    EngagementRecords records;
    @Autowired
    Engagements engagements;
    @Autowired
    ReplyCommitments commitments;
    @Autowired
    SignedTexts signedTexts;
    @Autowired
    DetailsJson json;
    @Autowired
    ActionItems items;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficerAccounts accounts;

    @Test
    void theSeededHistoryCountsAsPublishedAndSetsTheReplyTimes() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        EngagementCounts counts = engagements.counts(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 10, 31), "CN-GX");
        assertThat(List.of(counts.delegations(), counts.trainingCourses(), counts.trainees())).containsExactly(24, 9, 77);
        assertThat(engagements.counts(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null))
                .satisfies(c -> {
                    assertThat(c.talks()).isEqualTo(1);
                    assertThat(c.agreementsSigned()).isEqualTo(1);
                });
        assertThat(commitments.replyWithin("VN-CB", "CN-GX", true, LocalDate.of(2024, 1, 2)).orElseThrow().within())
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aRecordedTrainingCourseRoundTripsAndIsFoundByItsFilters() {
        Actor officer = actor("cb.officer");
        UUID id = service.record(officer, "CN-GX", new TrainingDraft("VN-CB", "Lớp tiếng Việt cho cán bộ liên lạc",
                "2025-05-05", "2025-05-16", "Thành phố Cao Bằng",
                List.of(new ParticipantDraft("CN-GX", "黄志强", "一级警长", "广西边境联络办公室"),
                        new ParticipantDraft("CN-GX", "韦海燕", "副支队长", "广西公安厅禁毒总队"))));

        EngagementView view = service.open(id).orElseThrow();
        assertThat(view.details()).isInstanceOfSatisfying(TrainingCourse.class, c -> {
            assertThat(c.trainees()).extracting(Participant::name).containsExactly("黄志强", "韦海燕");
            assertThat(c.traineesBySide()).containsEntry("CN-GX", 2);
        });
        assertThat(view.status()).isEqualTo(JointStatus.RECORDED);
        assertThat(service.list(EngagementKind.TRAINING_COURSE, JointStatus.RECORDED, true, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 31))).extracting(EngagementLine::id).containsExactly(id);
        assertThat(service.list(null, null, null, null, null)).extracting(EngagementLine::id).contains(id);
        assertThat(engagements.counts(LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 5), "CN-GX").traineesBySide())
                .containsEntry("CN-GX", 2);
    }

    @Test
    void aPartnersCopyTakesAProposedCorrectionAndLaterTalksFollowItsItemsUp() {
        UUID id = UUID.randomUUID();
        Talks talks = (Talks) RecordPolicy.check(new TalksDraft("BLO", "CN-GX", "2025-06-10", "", "凭祥市",
                "通报第二季度情况。", List.of(new ParticipantDraft("CN-GX", "覃立新", "主任", ""),
                        new ParticipantDraft("VN-CB", "Lục Văn Thành", "Trung tá", "")),
                "交换信息十次。", "", "", "", List.of(new TalksDraft.ActionItemDraft("", "核对名单", "VN-CB", "Cao Bằng BLO",
                        "2025-09-30"))), new Sides("CN-GX", "VN-CB"));
        records.save(Engagement.received(id, EngagementKind.TALKS, "CN-GX", "VN-CB", talks.dated(), json.write(talks), 1,
                "黄志强 (CN-GX)", 1_750_000_000_000L, 1_750_000_060_000L));
        items.follow(id, talks); // as the reception does for a received copy

        service.proposeCorrection(actor("cb.officer"), id, new TalksDraft("BLO", "CN-GX", "2025-06-10", "2025-06-11",
                "凭祥市", "通报第二季度情况。", talks.toDraft().delegates(), "交换信息十次。", "", "", "",
                talks.toDraft().actionItems()), "Hai ngày, không phải một.");

        EngagementView view = service.open(id).orElseThrow();
        assertThat(view.status()).isEqualTo(JointStatus.CORRECTION_PROPOSED);
        assertThat(view.details().changesIn(view.correction())).containsExactly("endsOn");
        assertThat(view.correctionNote()).isEqualTo("Hai ngày, không phải một.");

        UUID later = service.record(actor("cb.officer"), "CN-GX", new TalksDraft("BLO", "VN-CB", "2025-10-02", "",
                "Cửa khẩu Tà Lùng", "Kiểm điểm.", List.of(new ParticipantDraft("VN-CB", "Lục Văn Thành", "", ""),
                new ParticipantDraft("CN-GX", "覃立新", "", "")), "Tốt.", "", "", "", List.of()));
        assertThat(service.open(later).orElseThrow().followUps()).extracting(l -> l.item().text()).contains("核对名单");
    }

    @Test
    void aSignedTextKeepsItsBytesAndAStaleWriteIsRefused() {
        UUID regulation = UUID.nameUUIDFromBytes("liaison-demo:engagement:agreement-2023-11-08-blo"
                .getBytes(StandardCharsets.UTF_8));
        byte[] pdf = DemoPdf.page(List.of("Test"));
        service.attachSignedText(actor("cb.supervisor"), regulation, "scan.pdf", pdf);
        assertThat(signedTexts.file(regulation).orElseThrow().bytes()).isEqualTo(pdf);
        assertThat(signedTexts.info(regulation).orElseThrow().sha256()).isEqualTo(SignedTexts.sha256(pdf));

        Engagement first = records.findById(regulation).orElseThrow();
        Engagement second = records.findById(regulation).orElseThrow();
        records.save(first);
        assertThatThrownBy(() -> records.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    Actor actor(String user) {
        return new Actor(accounts.findLogin(user).orElseThrow().officer(), "127.0.0.1");
    }
}
