package org.liaison.engagements.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.engagements.internal.Agreement.AgreementKind;
import org.liaison.engagements.internal.Agreement.Clause;
import org.liaison.engagements.internal.Agreement.Commitment;
import org.liaison.engagements.internal.Agreement.CommitmentKind;
import org.liaison.engagements.internal.Agreement.Party;

/** Which clause sets a request's reply time: in force, parties, direction, urgency, most specific, most recent. */
class CommitmentRuleTest {

    static final String VN = "VN-CB";
    static final String CN = "CN-GX";
    static final String LS = "VN-LS";
    static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    /** The 2023 BLO regulation of the demo: 15 days, urgent 24 hours, both ways, in force for five years. */
    static final CommitmentRule.Held REGULATION_2023 = agreement("2023-11-08", "2023-11-08", "2028-11-07",
            List.of(VN, CN), days(4, 15, ""), hours(5, 24, ""));

    @Test
    void anOrdinaryRequestTakesTheDaysAndAnUrgentOneTheHoursInBothDirections() {
        assertThat(within(List.of(REGULATION_2023), VN, CN, false, DAY)).contains(Duration.ofDays(15));
        assertThat(within(List.of(REGULATION_2023), CN, VN, false, DAY)).contains(Duration.ofDays(15));
        assertThat(within(List.of(REGULATION_2023), VN, CN, true, DAY)).contains(Duration.ofHours(24));
        assertThat(within(List.of(REGULATION_2023), CN, VN, true, DAY)).contains(Duration.ofHours(24));
    }

    @Test
    void theSourceNamesTheAgreementAndItsClause() {
        CommitmentRule.Applies a = CommitmentRule.apply(List.of(REGULATION_2023), VN, CN, true, DAY).orElseThrow();
        assertThat(a.agreementId()).isEqualTo(REGULATION_2023.id());
        assertThat(a.clause().number()).isEqualTo(5);
    }

    @Test
    void onlyAnAgreementInForceOnTheDayCountsBothEndsIncluded() {
        List<CommitmentRule.Held> held = List.of(REGULATION_2023);
        assertThat(within(held, VN, CN, false, LocalDate.of(2023, 11, 7))).isEmpty();
        assertThat(within(held, VN, CN, false, LocalDate.of(2023, 11, 8))).contains(Duration.ofDays(15));
        assertThat(within(held, VN, CN, false, LocalDate.of(2028, 11, 7))).contains(Duration.ofDays(15));
        assertThat(within(held, VN, CN, false, LocalDate.of(2028, 11, 8))).isEmpty();
    }

    @Test
    void anAgreementWithoutAnEndStaysInForce() {
        var open = agreement("2015-06-01", "2015-06-01", null, List.of(VN, CN), days(3, 30, ""));
        assertThat(within(List.of(open), CN, VN, false, LocalDate.of(2040, 1, 1))).contains(Duration.ofDays(30));
    }

    @Test
    void bothAgenciesMustBeParties() {
        assertThat(within(List.of(REGULATION_2023), VN, LS, false, DAY)).isEmpty();
        assertThat(within(List.of(REGULATION_2023), LS, CN, false, DAY)).isEmpty();
    }

    @Test
    void aClauseNamingTheAnsweringAgencyBindsOnlyThatDirection() {
        var oneWay = agreement("2023-01-10", "2023-01-10", null, List.of(VN, CN), days(2, 7, CN));
        assertThat(within(List.of(oneWay), VN, CN, false, DAY)).contains(Duration.ofDays(7));
        assertThat(within(List.of(oneWay), CN, VN, false, DAY)).isEmpty();
    }

    @Test
    void withinOneAgreementTheClauseForTheDirectionWinsOverTheGeneralOne() {
        var both = agreement("2023-01-10", "2023-01-10", null, List.of(VN, CN), days(3, 20, ""), days(9, 10, VN));
        assertThat(within(List.of(both), CN, VN, false, DAY)).contains(Duration.ofDays(10));
        assertThat(within(List.of(both), VN, CN, false, DAY)).contains(Duration.ofDays(20));
    }

    @Test
    void anUrgentRequestFallsBackToTheOrdinaryReplyTimeAndAnOrdinaryOneNeverTakesHours() {
        var daysOnly = agreement("2023-01-10", "2023-01-10", null, List.of(VN, CN), days(3, 20, ""));
        var hoursOnly = agreement("2023-02-10", "2023-02-10", null, List.of(VN, CN), hours(4, 48, ""));
        assertThat(within(List.of(daysOnly), VN, CN, true, DAY)).contains(Duration.ofDays(20));
        assertThat(within(List.of(hoursOnly), VN, CN, false, DAY)).isEmpty();
    }

    @Test
    void anUrgentClauseOfAnOlderAgreementWinsOverANewerAgreementThatSaysNothingOfUrgency() {
        var newerDaysOnly = agreement("2024-01-15", "2024-01-15", null, List.of(VN, CN), days(2, 10, ""));
        assertThat(within(List.of(newerDaysOnly, REGULATION_2023), VN, CN, true, DAY)).contains(Duration.ofHours(24));
        assertThat(within(List.of(newerDaysOnly, REGULATION_2023), VN, CN, false, DAY)).contains(Duration.ofDays(10));
    }

    @Test
    void aBilateralAgreementWinsOverANewerRegionalOne() {
        var regional = agreement("2024-02-01", "2024-02-01", null, List.of(VN, CN, LS), days(6, 30, ""));
        assertThat(within(List.of(regional, REGULATION_2023), CN, VN, false, DAY)).contains(Duration.ofDays(15));
        // where the bilateral one says nothing, the regional one applies
        assertThat(within(List.of(regional, REGULATION_2023), LS, VN, false, DAY)).contains(Duration.ofDays(30));
    }

    @Test
    void betweenEquallySpecificAgreementsTheLaterSignedWinsThenTheLaterInForce() {
        var older = agreement("2019-05-20", "2019-05-20", null, List.of(VN, CN), days(1, 30, ""));
        var newer = agreement("2023-11-08", "2024-01-01", null, List.of(VN, CN), days(1, 12, ""));
        var sameDayLaterStart = agreement("2023-11-08", "2024-02-01", null, List.of(VN, CN), days(1, 9, ""));
        assertThat(within(List.of(older, newer), VN, CN, false, DAY)).contains(Duration.ofDays(12));
        assertThat(within(List.of(newer, older), VN, CN, false, DAY)).contains(Duration.ofDays(12));
        assertThat(within(List.of(older, newer, sameDayLaterStart), VN, CN, false, DAY)).contains(Duration.ofDays(9));
        // before the newer ones take effect, the older one still applies
        assertThat(within(List.of(older, newer, sameDayLaterStart), VN, CN, false, LocalDate.of(2023, 12, 31)))
                .contains(Duration.ofDays(30));
    }

    @Test
    void aRequestToOneselfHasNoCommitment() {
        assertThat(within(List.of(REGULATION_2023), VN, VN, false, DAY)).isEmpty();
    }

    static Optional<Duration> within(List<CommitmentRule.Held> held, String requesting, String answering, boolean urgent,
                                     LocalDate on) {
        return CommitmentRule.apply(held, requesting, answering, urgent, on).map(a -> a.clause().commitment().within());
    }

    static CommitmentRule.Held agreement(String signed, String from, String until, List<String> parties,
                                         Clause... clauses) {
        List<Clause> all = new ArrayList<>(Arrays.asList(clauses));
        all.addFirst(new Clause(99, "Hiệu lực.", "生效。", null));
        var agreement = new Agreement(AgreementKind.COORDINATION_REGULATION, "Quy chế phối hợp " + signed,
                "协作规定 " + signed, LocalDate.parse(signed), "Cao Bằng", LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until),
                parties.stream().map(p -> new Party(p, "")).toList(),
                List.of(new Participant(parties.getFirst(), "Người ký", "", "")), all);
        return new CommitmentRule.Held(UUID.nameUUIDFromBytes(("agreement " + signed + from + parties + all).getBytes()),
                agreement);
    }

    static Clause days(int number, int days, String answering) {
        return new Clause(number, "Trả lời trong " + days + " ngày.", days + "日内答复。",
                new Commitment(CommitmentKind.REPLY_DAYS, days, answering));
    }

    static Clause hours(int number, int hours, String answering) {
        return new Clause(number, "Khẩn: " + hours + " giờ.", "紧急：" + hours + "小时。",
                new Commitment(CommitmentKind.URGENT_REPLY_HOURS, hours, answering));
    }
}
