package org.liaison.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;
import org.liaison.persons.CrimeArea;

/** The rules of a case and its proposals, without storage: revisions, who changes what, closed cases, sharing. */
class JointCaseTest {

    static final CaseCore CORE = new CaseCore(CrimeArea.DRUGS, "Vận chuyển heroin qua Trùng Khánh", "",
            "Tin báo của Văn phòng Liên lạc biên giới.", CaseStatus.OPEN,
            List.of(new CaseUnit("VN-CB", "CB-PC04"), new CaseUnit("CN-GX", "GX-JD")));
    static final SeizureFacts HEROIN = new SeizureFacts(DrugType.HEROIN, new BigDecimal("1.2"), QuantityUnit.KG,
            "Đàm Thủy", LocalDate.of(2025, 3, 2), "VN-CB");

    static JointCase opened() {
        return JointCase.open(new CaseId(UUID.randomUUID()), CORE, "VN-CB", "cb.officer", LocalDate.of(2025, 3, 1), 1L);
    }

    @Test
    void everyChangeOfTheSharedPartRaisesTheRevision() {
        JointCase c = opened();
        assertThat(c.revision()).isEqualTo(1);

        c.addSeizure(Seizure.of(UUID.randomUUID(), HEROIN, "cb.officer", 2L), 2L);
        c.link(new CasePerson(UUID.randomUUID(), "VN-CB", PersonRole.SUSPECT, "Hoàng Thị Mai", "cb.officer", 3L), 3L);
        List<FieldChange> changes = c.revise(CORE.with(List.of(new FieldChange(CaseField.TITLE_ZH, "", "经重庆县运输海洛因案"),
                new FieldChange(CaseField.STATUS, "OPEN", "SUSPENDED"))), 4L);

        assertThat(changes).extracting(FieldChange::field).containsExactly(CaseField.TITLE_ZH, CaseField.STATUS);
        assertThat(c.revision()).isEqualTo(4);
        assertThat(c.core().titleZh()).isEqualTo("经重庆县运输海洛因案");
        assertThatThrownBy(() -> c.revise(c.core(), 5L)).hasMessageContaining("cases.error.nothingChanged");
        assertThat(c.revision()).isEqualTo(4);
    }

    @Test
    void aProposedCoreIsTheCurrentOneWithTheChangedFieldsPutIn() {
        CaseCore to = new CaseCore(CrimeArea.FUGITIVE_HUNTING, CORE.titleVi(), "追捕案", "Khác.", CaseStatus.CLOSED,
                List.of(new CaseUnit("VN-CB", "CB-BLO")));

        List<FieldChange> changes = CORE.changesTo(to);

        assertThat(changes).hasSize(5);
        assertThat(CORE.with(changes)).isEqualTo(to);
        assertThat(CORE.changesTo(CORE)).isEmpty();
    }

    @Test
    void aClosedCaseChangesNoMoreNotEvenToReopen() {
        JointCase c = opened();
        c.revise(new CaseCore(CORE.crimeArea(), CORE.titleVi(), "", CORE.summary(), CaseStatus.CLOSED, CORE.units()), 2L);

        assertThatThrownBy(() -> c.revise(CORE, 3L)).hasMessageContaining("cases.error.closed");
        assertThatThrownBy(() -> c.addSeizure(Seizure.of(UUID.randomUUID(), HEROIN, "x", 3L), 3L))
                .hasMessageContaining("cases.error.closed");
        assertThatThrownBy(c::checkOpen).hasMessageContaining("cases.error.closed");
        assertThatThrownBy(() -> c.checkSharable("CN-GX", null)).hasMessageContaining("cases.error.closed");
        assertThat(c.revision()).isEqualTo(2);
    }

    @Test
    void aPartnersCopyIsChangedOnlyByNewerCopiesAndTakesProposals() {
        JointCase origin = opened();
        origin.sharedBefore("CN-GX", "cb.officer", 2L);
        JointCase copy = JointCase.received(origin.copy(), UUID.randomUUID(), 3L);

        assertThatThrownBy(() -> copy.revise(CORE, 4L)).hasMessageContaining("cases.error.foreignCore[VN-CB]");
        assertThatThrownBy(origin::checkProposable).hasMessageContaining("cases.error.proposeOnOwn");
        copy.checkProposable();

        origin.addSeizure(Seizure.of(UUID.randomUUID(), HEROIN, "cb.officer", 5L), 5L);
        assertThat(copy.refreshFromOrigin(origin.copy(), 6L)).containsExactly(CaseField.SEIZURES);
        assertThat(copy.seizures()).isEqualTo(origin.seizures());
        assertThatThrownBy(() -> copy.refreshFromOrigin(origin.copy(), 7L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseIsSharedOnceWithEachPartnerAndOnlyWithATitleInTheirLanguage() {
        JointCase c = opened();

        assertThatThrownBy(() -> c.checkSharable("CN-GX", "zh"))
                .hasMessageContaining("cases.error.partnerTitleMissing");
        assertThatThrownBy(() -> c.checkSharable("VN-CB", "vi")).hasMessageContaining("cases.error.shareWithSelf");
        c.revise(CORE.with(List.of(new FieldChange(CaseField.TITLE_ZH, "", "经重庆县运输海洛因案"))), 2L);
        c.shareWith("CN-GX", "zh", UUID.randomUUID(), "cb.officer", 3L);
        assertThatThrownBy(() -> c.checkSharable("CN-GX", "zh")).hasMessageContaining("cases.error.alreadyShared");
        assertThat(c.revision()).as("sharing does not change the case").isEqualTo(2);
    }

    @Test
    void aProposalIsDecidedOnceAndAcceptedOnlyOnTheRevisionItWasMadeOn() {
        Proposal p = Proposal.pending(UUID.randomUUID(), UUID.randomUUID(), "CN-GX", "gx.officer", 1L, 3,
                ProposalKind.SEIZURE, "{}", "");

        assertThat(p.outOfDate(3)).isFalse();
        assertThat(p.outOfDate(4)).isTrue();
        assertThatThrownBy(() -> p.checkDecidable(true, 4)).hasMessageContaining("cases.error.outOfDate[3, 4]");
        p.checkDecidable(false, 4);
        p.reject("cb.supervisor", 2L, "Trùng lặp.");
        assertThat(p.outOfDate(4)).as("a decided proposal is no longer out of date").isFalse();
        assertThatThrownBy(() -> p.checkDecidable(false, 3)).hasMessageContaining("cases.error.alreadyDecided");
        assertThatThrownBy(() -> p.accept("cb.supervisor", 3L, 4)).hasMessageContaining("cases.error.alreadyDecided");
        assertThat(p.state()).isEqualTo(ProposalState.REJECTED);
    }

    @Test
    void seizuresAreTotalledByDrugWithGramsInKilograms() {
        List<SeizureTotals.Line> lines = List.of(
                new SeizureTotals.Line(DrugType.CRYSTAL_METHAMPHETAMINE, new BigDecimal("850"), QuantityUnit.G),
                new SeizureTotals.Line(DrugType.HEROIN, new BigDecimal("1.2"), QuantityUnit.KG),
                new SeizureTotals.Line(DrugType.CRYSTAL_METHAMPHETAMINE, new BigDecimal("1.150"), QuantityUnit.KG),
                new SeizureTotals.Line(DrugType.METHAMPHETAMINE_TABLETS, new BigDecimal("6000"), QuantityUnit.TABLETS),
                new SeizureTotals.Line(DrugType.METHAMPHETAMINE_TABLETS, new BigDecimal("0.5"), QuantityUnit.KG));

        assertThat(SeizureTotals.of(lines)).extracting(t -> t.drugType() + " " + t.quantity().toPlainString() + " "
                + t.unit() + " ×" + t.seizures()).containsExactly(
                "HEROIN 1.2 KG ×1",
                "METHAMPHETAMINE_TABLETS 0.5 KG ×1",
                "METHAMPHETAMINE_TABLETS 6000 TABLETS ×1",
                "CRYSTAL_METHAMPHETAMINE 2 KG ×2");
    }
}
