package org.liaison.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.cooperation.RequestStatus;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.Urgency;

/** A request moves OPEN → ACKNOWLEDGED → PARTIALLY_ANSWERED → ANSWERED, or to DECLINED before any answer; nothing else. */
class RequestStatusRulesTest {

    static final long SENT = 1_750_000_000_000L;
    static final long DEADLINE = SENT + 15L * 24 * 3600 * 1000;

    static CooperationRequest received() {
        return CooperationRequest.received(UUID.randomUUID(), "VN-CB", "CB-PC04", "CN-GX", "GX-JD", 7L,
                new RequestTerms(RequestType.LOCATE_PERSON, "Xác minh", "Đề nghị xác minh.", Urgency.NORMAL, DEADLINE,
                        "", null, null, ""), "Nông Thị Hoa", SENT, SENT + 1000, null);
    }

    @Test
    void aRequestIsAcknowledgedAnsweredInPartThenInFullOnTime() {
        CooperationRequest r = received();
        r.advance(EntryKind.ACKNOWLEDGED, SENT + 10);
        r.advance(EntryKind.PARTIAL_REPLY, SENT + 20);
        r.advance(EntryKind.PARTIAL_REPLY, SENT + 30);
        r.advance(EntryKind.FINAL_REPLY, DEADLINE);

        assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(r.answeredLate()).isFalse();
    }

    @Test
    void aFinalReplyAfterTheDeadlineIsLate() {
        CooperationRequest r = received();
        r.advance(EntryKind.FINAL_REPLY, DEADLINE + 1);

        assertThat(r.answeredLate()).isTrue();
        assertThat(r.overdue(DEADLINE + 5)).as("answered is never overdue").isFalse();
    }

    @Test
    void illegalStepsAreRefusedAndChangeNothing() {
        CooperationRequest r = received();
        r.advance(EntryKind.ACKNOWLEDGED, SENT + 10);
        assertThatThrownBy(() -> r.advance(EntryKind.ACKNOWLEDGED, SENT + 20))
                .isInstanceOf(CooperationRefused.class).hasMessageContaining("cooperation.request.error.transition");
        r.advance(EntryKind.PARTIAL_REPLY, SENT + 30);
        assertThatThrownBy(() -> r.advance(EntryKind.DECLINED, SENT + 40)).isInstanceOf(CooperationRefused.class);
        assertThat(r.status()).isEqualTo(RequestStatus.PARTIALLY_ANSWERED);
        assertThat(r.statusMs()).isEqualTo(SENT + 30);

        r.advance(EntryKind.FINAL_REPLY, SENT + 50);
        for (EntryKind k : new EntryKind[] {EntryKind.ACKNOWLEDGED, EntryKind.PARTIAL_REPLY, EntryKind.FINAL_REPLY, EntryKind.DECLINED}) {
            assertThatThrownBy(() -> r.advance(k, SENT + 60)).isInstanceOf(CooperationRefused.class);
        }
        assertThat(r.status()).isEqualTo(RequestStatus.ANSWERED);
    }

    @Test
    void aDeclinedRequestTakesNoReplyButNotesStillFlow() {
        CooperationRequest r = received();
        r.advance(EntryKind.DECLINED, SENT + 10);
        assertThatThrownBy(() -> r.advance(EntryKind.FINAL_REPLY, SENT + 20)).isInstanceOf(CooperationRefused.class);
        r.advance(EntryKind.NOTE, SENT + 30);
        assertThat(r.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(r.overdue(DEADLINE + 1)).isFalse();
    }
}
