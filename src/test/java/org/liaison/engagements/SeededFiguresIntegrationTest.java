package org.liaison.engagements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo's history reproduces the published figures for 1 January – 31 October 2017 (People's Daily: 24
 * delegations for reciprocal visits, 9 training courses for 77 Vietnamese officers) by counting the individual
 * records, and the 2023 regulation sets the reply times between Cao Bang and Guangxi.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
class SeededFiguresIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2017, 1, 1);
    static final LocalDate TO = LocalDate.of(2017, 10, 31);

    @Autowired
    Engagements engagements;
    @Autowired
    ReplyCommitments commitments;

    @Test
    void theSeededRecordsOfJanuaryToOctober2017CountAsPublished() {
        EngagementCounts counts = engagements.counts(FROM, TO, "CN-GX");

        assertThat(counts.delegations()).isEqualTo(24);
        assertThat(counts.trainingCourses()).isEqualTo(9);
        assertThat(counts.trainees()).isEqualTo(77);
        assertThat(counts.traineesBySide()).isEqualTo(Map.of("VN-CB", 77));
        assertThat(engagements.records(EngagementKind.VISIT, FROM, TO, "CN-GX")).hasSize(24)
                .allSatisfy(r -> assertThat(r.dated()).isBetween(FROM, TO));
    }

    @Test
    void recordsJustOutsideThePeriodAreNotCounted() {
        // a visit began on 30 December 2016 and ended in January; one visit and one course began in November
        assertThat(engagements.counts(FROM.minusDays(2), TO, "CN-GX").delegations()).isEqualTo(25);
        assertThat(engagements.counts(FROM, TO.plusDays(30), "CN-GX").delegations()).isEqualTo(25);
        assertThat(engagements.counts(FROM, TO.plusDays(30), "CN-GX").trainees()).isEqualTo(87);
        assertThat(engagements.counts(FROM, TO, "LA-VT").delegations()).isZero();
    }

    @Test
    void theRegulationOf2023SetsTheReplyTimesBothWays() {
        LocalDate day = LocalDate.of(2024, 5, 2);
        var ordinary = commitments.replyWithin("CN-GX", "VN-CB", false, day).orElseThrow();
        assertThat(ordinary.within()).isEqualTo(Duration.ofDays(15));
        assertThat(ordinary.source()).isEqualTo("Quy chế phối hợp giữa Văn phòng Liên lạc biên giới Cao Bằng (Việt Nam) "
                + "và Văn phòng Liên lạc biên giới Quảng Tây (Trung Quốc), Điều 4");
        assertThat(commitments.replyWithin("VN-CB", "CN-GX", true, day).orElseThrow().within())
                .isEqualTo(Duration.ofHours(24));
        assertThat(commitments.replyWithin("VN-CB", "CN-GX", false, LocalDate.of(2023, 11, 7))).isEmpty();
    }
}
