package org.liaison.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.Cases;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;
import org.liaison.cases.SeizureTotal;
import org.liaison.persons.CrimeArea;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint cases round-trip on H2 and on PostgreSQL alike: the seeded Cao Bang cases with their units, persons,
 * seizures, shares, proposals and history; the list's filters; the statistics by crime area and drug type, with
 * and without a partner; stale updates refused. Each test runs in a transaction that is rolled back.
 */
class CasesPersistenceIntegrationTest {

    static final UUID TRUNG_KHANH = DemoCases.uuid("case:trung-khanh-drugs");
    static final UUID TUAN = DemoCases.uuid("case:tuan-escape");
    static final UUID SON = DemoCases.uuid("case:son-trafficking");

    @Transactional
    abstract static class Checks {

        @Autowired
        JointCases cases;
        @Autowired
        CaseListing listing;
        @Autowired
        Proposals proposals;
        @Autowired
        CaseHistory history;
        @Autowired
        CaseTasks tasks;
        @Autowired
        Cases statistics;
        @Autowired
        CasePolicy policy;

        @Test
        void theSeededDrugCaseKeepsItsUnitsPersonsSeizuresAndShare() {
            JointCase c = cases.findById(TRUNG_KHANH).orElseThrow();

            assertThat(c.own()).isTrue();
            assertThat(c.core().crimeArea()).isEqualTo(CrimeArea.DRUGS);
            assertThat(c.core().units()).extracting(CaseUnit::toString)
                    .containsExactly("VN-CB/CB-PC04", "VN-CB/CB-TK", "CN-GX/GX-JD", "CN-GX/GX-DX");
            assertThat(c.persons()).extracting(CasePerson::names)
                    .containsExactly("罗振邦 · Luó Zhènbāng · La Chấn Bang", "Hoàng Thị Mai · HOANG THI MAI · 黄氏梅");
            assertThat(c.seizures()).extracting(s -> s.drugType() + " " + s.quantity().stripTrailingZeros().toPlainString()
                    + " " + s.quantityUnit()).containsExactly("HEROIN 1.2 KG", "METHAMPHETAMINE_TABLETS 6000 TABLETS",
                    "CRYSTAL_METHAMPHETAMINE 850 G");
            assertThat(c.shares()).extracting(CaseShare::agency).containsExactly("CN-GX");
            // opened (1), heroin (2), two persons (3, 4), the accepted tablets (5), the crystal methamphetamine (6)
            assertThat(c.revision()).isEqualTo(6);
            assertThat(proposals.findByCaseIdOrderByProposedMsDesc(TRUNG_KHANH)).extracting(Proposal::state)
                    .containsExactly(ProposalState.REJECTED, ProposalState.ACCEPTED);
            assertThat(history.findByCaseIdOrderByAtMsDescIdDesc(TRUNG_KHANH)).extracting(CaseHistoryEntry::kind)
                    .containsExactly(HistoryKind.SEIZURE_ADDED, HistoryKind.PROPOSAL_REJECTED, HistoryKind.PROPOSAL_RECEIVED,
                            HistoryKind.PROPOSAL_ACCEPTED, HistoryKind.PROPOSAL_RECEIVED, HistoryKind.SHARED,
                            HistoryKind.PERSON_LINKED, HistoryKind.PERSON_LINKED, HistoryKind.SEIZURE_ADDED,
                            HistoryKind.OPENED);
            assertThat(tasks.findByCaseIdOrderByDueOnAscCreatedMsAsc(TRUNG_KHANH)).extracting(CaseTask::owner)
                    .containsExactly("cb.officer", "cb.supervisor");
        }

        @Test
        void aPartnersCaseIsHeldAsAReceivedCopyWithItsPendingProposal() {
            JointCase c = cases.findById(SON).orElseThrow();

            assertThat(c.own()).isFalse();
            assertThat(c.originAgency()).isEqualTo("CN-GX");
            assertThat(proposals.findByCaseIdOrderByProposedMsDesc(SON)).singleElement()
                    .satisfies(p -> {
                        assertThat(p.state()).isEqualTo(ProposalState.PENDING);
                        assertThat(p.proposingAgency()).isEqualTo("VN-CB");
                        assertThat(p.outOfDate(c.revision())).isFalse();
                    });
            assertThat(history.findByCaseIdOrderByAtMsDescIdDesc(SON)).extracting(CaseHistoryEntry::kind)
                    .containsExactly(HistoryKind.PROPOSED, HistoryKind.RECEIVED);
        }

        @Test
        void theListFiltersByAreaStatusUnitPeriodAndOrigin() {
            LocalDate today = policy.today();
            CaseSummary trungKhanh = listing.list(null, "DRUGS", null, null, null, null, 100).stream()
                    .filter(s -> s.id().value().equals(TRUNG_KHANH)).findFirst().orElseThrow();
            JointCase whole = cases.findById(TRUNG_KHANH).orElseThrow();
            assertThat(trungKhanh.core()).isEqualTo(whole.core());
            assertThat(trungKhanh.persons()).isEqualTo(whole.persons().size());
            assertThat(trungKhanh.seizures()).isEqualTo(whole.seizures().size());
            assertThat(ids(listing.list(null, "DRUGS", null, null, null, null, 100))).contains(TRUNG_KHANH).doesNotContain(TUAN);
            // the cases of 2017 behind the published figures are closed too, and half of them are Guangxi's
            LocalDate after2017 = LocalDate.of(2018, 1, 1);
            assertThat(ids(listing.list(null, null, "CLOSED", after2017, null, null, 100))).containsExactly(TUAN);
            assertThat(ids(listing.list(null, null, null, null, null, "VN-CB/CB-TK", 100))).contains(TRUNG_KHANH, TUAN)
                    .doesNotContain(SON);
            assertThat(ids(listing.list(null, null, null, today.minusDays(70), today.minusDays(50), null, 100)))
                    .containsExactly(TRUNG_KHANH);
            assertThat(ids(listing.list(false, null, null, after2017, null, null, 100))).containsExactly(SON);
        }

        @Test
        void countsCasesByCrimeAreaWithAndWithoutThePartner() {
            LocalDate today = policy.today();
            assertThat(statistics.countByCrimeArea(today.minusDays(100), today, null))
                    .containsEntry(CrimeArea.DRUGS, 1L).containsEntry(CrimeArea.FUGITIVE_HUNTING, 2L)
                    .containsEntry(CrimeArea.HUMAN_TRAFFICKING, 1L);
            // the closed case was never shared with Guangxi
            assertThat(statistics.countByCrimeArea(today.minusDays(100), today, "CN-GX"))
                    .containsEntry(CrimeArea.FUGITIVE_HUNTING, 1L).containsEntry(CrimeArea.HUMAN_TRAFFICKING, 1L);
            // only the trafficking case of the demo was opened in the last month
            assertThat(statistics.countByCrimeArea(today.minusDays(30), today, null))
                    .containsEntry(CrimeArea.HUMAN_TRAFFICKING, 1L).doesNotContainKeys(CrimeArea.DRUGS, CrimeArea.FUGITIVE_HUNTING);
        }

        @Test
        void totalsSeizuresByDrugInKilogramsTabletsAndLitres() {
            LocalDate today = policy.today();
            List<SeizureTotal> all = statistics.seizures(today.minusDays(100), today, "CN-GX");
            assertThat(all).containsExactly(
                    new SeizureTotal(DrugType.HEROIN, QuantityUnit.KG, new BigDecimal("1.2"), 1),
                    new SeizureTotal(DrugType.METHAMPHETAMINE_TABLETS, QuantityUnit.TABLETS, new BigDecimal("6000"), 1),
                    new SeizureTotal(DrugType.CRYSTAL_METHAMPHETAMINE, QuantityUnit.KG, new BigDecimal("0.85"), 1));
            assertThat(statistics.seizures(today.minusDays(20), today, null)).extracting(SeizureTotal::drugType)
                    .containsExactly(DrugType.CRYSTAL_METHAMPHETAMINE);
            assertThat(statistics.seizures(today.minusDays(100), today, "XX-NONE")).isEmpty();
            assertThatThrownBy(() -> statistics.seizures(today, today.minusDays(1), null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aStaleCopyOfACaseIsNotSaved() {
            JointCase first = cases.findById(TRUNG_KHANH).orElseThrow();
            JointCase second = cases.findById(TRUNG_KHANH).orElseThrow();
            CaseCore suspended = new CaseCore(CrimeArea.DRUGS, first.core().titleVi(), first.core().titleZh(),
                    first.core().summary(), CaseStatus.SUSPENDED, first.core().units());
            first.revise(suspended, 1L);
            cases.save(first);

            second.revise(suspended, 2L);
            assertThatThrownBy(() -> cases.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(cases.findById(TRUNG_KHANH).orElseThrow().revision()).isEqualTo(7);
        }

        static List<UUID> ids(List<CaseSummary> found) {
            return found.stream().map(CaseSummary::id).map(CaseId::value).toList();
        }
    }

    @Nested
    @SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
    @PostgresTest
    class OnPostgres extends Checks {
    }
}
