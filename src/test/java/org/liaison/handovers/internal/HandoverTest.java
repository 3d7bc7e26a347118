package org.liaison.handovers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;
import org.springframework.context.MessageSourceResolvable;

/**
 * The ownership table of {@link Stage} as the record enforces it: each stage by its side, in its statuses, once; a
 * refused stage leaves the record exactly as it was.
 */
class HandoverTest {

    static final long T = 1_790_000_000_000L;

    static Handover requested() {
        return Handover.request(new HandoverId(UUID.randomUUID()), "VN-CB", "CN-GX", new WantedNoticeId(UUID.randomUUID()),
                new PersonId(UUID.randomUUID()), "Đề nghị bàn giao.", List.of(), "cb", T);
    }

    static Handover proposed() {
        Handover h = requested();
        h.recordDetention(Side.HOLDING, new Detention(LocalDate.of(2026, 8, 14), "龙州县", "龙州县公安局"), T, "gx", T + 1);
        h.propose(Side.HOLDING, new Proposal("TA-LUNG", T + 100, "Nông Thị Hoa", "黄志强", "护照"), "gx", T + 2);
        return h;
    }

    static Handover agreed() {
        Handover h = proposed();
        h.agree(Side.HOLDING, "gx", T + 3);
        h.agree(Side.REQUESTING, "cb", T + 4);
        return h;
    }

    static HandoverConfirmation confirmation(Side side) {
        return new HandoverConfirmation(side == Side.HOLDING ? "CN-GX" : "VN-CB", side, T + 100, "officer", "护照",
                PhotoCheck.MATCHES, "良好", "护照", "x", T + 200, "sig");
    }

    @Test
    void bothSidesAgreeingMakesItAgreedAndBothConfirmingMakesItExecutedAtTheHandingOverTime() {
        Handover h = proposed();
        h.agree(Side.REQUESTING, "cb", T + 3);
        assertThat(h.status()).isEqualTo(HandoverStatus.PROPOSED);
        h.agree(Side.HOLDING, "gx", T + 4);
        assertThat(h.status()).isEqualTo(HandoverStatus.AGREED);

        h.confirm(Side.REQUESTING, confirmation(Side.REQUESTING), "cb", T + 5);
        assertThat(h.status()).isEqualTo(HandoverStatus.AGREED);
        h.confirm(Side.HOLDING, confirmation(Side.HOLDING), "gx", T + 6);
        assertThat(h.status()).isEqualTo(HandoverStatus.EXECUTED);
        assertThat(h.executedMs()).isEqualTo(T + 100);
        assertThat(h.custody()).extracting(CustodyEntry::fromParty, CustodyEntry::toParty)
                .containsExactly(tuple("", "CN-GX"), tuple("CN-GX", "VN-CB"));

        h.close(Side.REQUESTING, "cb", T + 7);
        assertThat(h.status()).isEqualTo(HandoverStatus.CLOSED);
        assertThat(h.steps()).extracting(HandoverStep::stage).containsExactly(Stage.REQUEST, Stage.DETAINED,
                Stage.PROPOSAL, Stage.AGREEMENT, Stage.AGREEMENT, Stage.CONFIRMATION, Stage.CONFIRMATION, Stage.CLOSURE);
    }

    @Test
    void aNewProposalNeedsBothAgreementsAgain() {
        Handover h = proposed();
        h.agree(Side.REQUESTING, "cb", T + 3);
        h.propose(Side.HOLDING, new Proposal("TRA-LINH", T + 500, "a", "b", "c"), "gx", T + 4);
        assertThat(h.agreed(Side.REQUESTING)).isFalse();
        assertThat(h.proposal().orElseThrow().gateCode()).isEqualTo("TRA-LINH");
    }

    @Test
    void executingBeforeBothAgreedIsRefusedAndChangesNothing() {
        Handover h = proposed();
        h.agree(Side.HOLDING, "gx", T + 3);

        refusedUnchanged(h, () -> h.confirm(Side.HOLDING, confirmation(Side.HOLDING), "gx", T + 9),
                "handovers.error.notNow", "handovers.stage.CONFIRMATION", "handovers.status.PROPOSED");
    }

    @Test
    void aSideRecordingTheOtherSidesStageIsRefusedAndChangesNothing() {
        Handover h = requested();
        refusedUnchanged(h, () -> h.recordDetention(Side.REQUESTING, new Detention(LocalDate.of(2026, 8, 1), "x", "y"),
                T, "cb", T + 9), "handovers.error.notYourStage", "handovers.stage.DETAINED", "handovers.side.HOLDING");
        Handover p = proposed();
        refusedUnchanged(p, () -> p.propose(Side.REQUESTING, new Proposal("TA-LUNG", T, "a", "b", "c"), "cb", T + 9),
                "handovers.error.notYourStage", "handovers.stage.PROPOSAL", "handovers.side.HOLDING");
        refusedUnchanged(p, () -> p.cancel(Side.HOLDING, "x", "gx", T + 9), "handovers.error.notYourStage",
                "handovers.stage.CANCELLATION", "handovers.side.REQUESTING");
    }

    @Test
    void agreeingOrConfirmingTwiceIsRefused() {
        Handover h = proposed();
        h.agree(Side.HOLDING, "gx", T + 3);
        refusedUnchanged(h, () -> h.agree(Side.HOLDING, "gx", T + 9), "handovers.error.alreadyAgreed");
        Handover a = agreed();
        a.confirm(Side.HOLDING, confirmation(Side.HOLDING), "gx", T + 5);
        refusedUnchanged(a, () -> a.confirm(Side.HOLDING, confirmation(Side.HOLDING), "gx", T + 9),
                "handovers.error.alreadyConfirmed");
        refusedUnchanged(a, () -> a.refuse(Side.HOLDING, "too late", "gx", T + 9), "handovers.error.executionStarted");
    }

    @Test
    void custodyIsRecordedByTheSideThatHasThePerson() {
        Handover h = agreed();
        CustodyEntry entry = new CustodyEntry(T, "看守所", "x", "a", "b", "", "VN-CB");
        refusedUnchanged(h, () -> h.recordCustody(Side.REQUESTING, entry, "cb", T + 9), "handovers.error.notInCustody",
                "handovers.side.HOLDING");
        h.recordCustody(Side.HOLDING, entry, "gx", T + 9);
        assertThat(h.custody()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = HandoverStatus.class, names = {"CLOSED", "REFUSED", "CANCELLED"})
    void nothingChangesAfterTheEnd(HandoverStatus end) {
        Handover h = agreed();
        switch (end) {
            case CLOSED -> {
                h.confirm(Side.HOLDING, confirmation(Side.HOLDING), "gx", T + 5);
                h.confirm(Side.REQUESTING, confirmation(Side.REQUESTING), "cb", T + 6);
                h.close(Side.REQUESTING, "cb", T + 7);
            }
            case REFUSED -> h.refuse(Side.HOLDING, "Tòa án không cho phép.", "gx", T + 5);
            default -> h.cancel(Side.REQUESTING, "Đối tượng đã ra đầu thú.", "cb", T + 5);
        }
        for (Stage stage : Stage.values()) {
            for (Side side : Side.values()) {
                assertThat(h.allows(stage, side)).as(stage + " by " + side).isFalse();
            }
        }
        refusedUnchanged(h, () -> h.cancel(Side.REQUESTING, "x", "cb", T + 9), "handovers.error.ended",
                "handovers.status." + end);
        refusedUnchanged(h, () -> h.recordCustody(Side.REQUESTING, new CustodyEntry(T, "p", "o", "a", "b", "", "VN-CB"),
                "cb", T + 9), "handovers.error.ended", "handovers.status." + end);
    }

    /** A page offers a stage only where recording it would pass the record's check, at every step of a handover. */
    @Test
    void offersNoStageTheCheckRefuses() {
        Handover executed = agreed();
        executed.confirm(Side.HOLDING, confirmation(Side.HOLDING), "gx", T + 5);
        executed.confirm(Side.REQUESTING, confirmation(Side.REQUESTING), "cb", T + 6);
        Handover closed = agreed();
        closed.confirm(Side.HOLDING, confirmation(Side.HOLDING), "gx", T + 5);
        closed.confirm(Side.REQUESTING, confirmation(Side.REQUESTING), "cb", T + 6);
        closed.close(Side.REQUESTING, "cb", T + 7);
        int offered = 0;
        for (Handover h : List.of(requested(), proposed(), agreed(), executed, closed)) {
            for (Stage stage : Stage.values()) {
                for (Side side : Side.values()) {
                    boolean passes;
                    try {
                        h.check(stage, side);
                        passes = true;
                    } catch (HandoverRefused e) {
                        passes = false;
                    }
                    if (h.allows(stage, side)) {
                        offered++;
                        assertThat(passes).as(stage + " by " + side + " in " + h.status()).isTrue();
                    }
                }
            }
        }
        assertThat(offered).isPositive();
    }

    /** The action is refused with {@code key} (and these translated arguments) and the record is as before. */
    static void refusedUnchanged(Handover h, Runnable action, String key, String... argKeys) {
        String before = state(h);
        assertThatThrownBy(action::run).isInstanceOfSatisfying(HandoverRefused.class, e -> {
            MessageSourceResolvable text = e.problems().getFirst().text();
            assertThat(text.getCodes()).containsExactly(key);
            assertThat(text.getArguments()).extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
                    .containsExactly(argKeys);
        });
        assertThat(state(h)).isEqualTo(before);
    }

    static String state(Handover h) {
        return List.of(h.status(), h.located(), h.detention(), h.proposal(), h.agreed(Side.REQUESTING),
                h.agreed(Side.HOLDING), h.executedMs(), h.closedMs(), h.endReason(), h.custody(), h.steps(),
                h.confirmations(), h.updatedMs()).toString();
    }
}
