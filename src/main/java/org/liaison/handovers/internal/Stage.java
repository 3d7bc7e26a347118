package org.liaison.handovers.internal;

import java.util.Set;
import org.liaison.handovers.HandoverStatus;

/**
 * What can be recorded on a handover, who records it, and in which statuses. This is the ownership table: a stage
 * is recorded on the node of the side that owns it and reaches the other node through the exchange, where the
 * same rules are checked again.
 *
 * <table>
 *   <tr><th>stage</th><th>recorded by</th><th>when the handover is</th><th>then it is</th></tr>
 *   <tr><td>REQUEST</td><td>requesting side</td><td>(new)</td><td>REQUESTED</td></tr>
 *   <tr><td>LOCATED</td><td>holding side</td><td>REQUESTED</td><td>LOCATED</td></tr>
 *   <tr><td>DETAINED</td><td>holding side</td><td>REQUESTED, LOCATED</td><td>DETAINED</td></tr>
 *   <tr><td>PROPOSAL</td><td>holding side</td><td>DETAINED, PROPOSED (a new proposal clears both agreements)</td><td>PROPOSED</td></tr>
 *   <tr><td>AGREEMENT</td><td>each side, once, for itself</td><td>PROPOSED</td><td>AGREED when both agreed</td></tr>
 *   <tr><td>CONFIRMATION</td><td>each side, once, for itself (signed by its node)</td><td>AGREED</td><td>EXECUTED when both confirmed</td></tr>
 *   <tr><td>CLOSURE</td><td>requesting side</td><td>EXECUTED</td><td>CLOSED (its wanted notice executed)</td></tr>
 *   <tr><td>REFUSAL</td><td>holding side, with a reason</td><td>REQUESTED to AGREED, nobody confirmed yet</td><td>REFUSED</td></tr>
 *   <tr><td>CANCELLATION</td><td>requesting side, with a reason</td><td>REQUESTED to AGREED, nobody confirmed yet</td><td>CANCELLED</td></tr>
 *   <tr><td>CUSTODY</td><td>the side that has the person</td><td>holding: DETAINED to AGREED; requesting: EXECUTED</td><td>unchanged</td></tr>
 * </table>
 */
public enum Stage {
    REQUEST(Side.REQUESTING),
    LOCATED(Side.HOLDING, HandoverStatus.REQUESTED),
    DETAINED(Side.HOLDING, HandoverStatus.REQUESTED, HandoverStatus.LOCATED),
    PROPOSAL(Side.HOLDING, HandoverStatus.DETAINED, HandoverStatus.PROPOSED),
    AGREEMENT(null, HandoverStatus.PROPOSED),
    CONFIRMATION(null, HandoverStatus.AGREED),
    CLOSURE(Side.REQUESTING, HandoverStatus.EXECUTED),
    REFUSAL(Side.HOLDING, HandoverStatus.REQUESTED, HandoverStatus.LOCATED, HandoverStatus.DETAINED,
            HandoverStatus.PROPOSED, HandoverStatus.AGREED),
    CANCELLATION(Side.REQUESTING, HandoverStatus.REQUESTED, HandoverStatus.LOCATED, HandoverStatus.DETAINED,
            HandoverStatus.PROPOSED, HandoverStatus.AGREED),
    CUSTODY(null, HandoverStatus.DETAINED, HandoverStatus.PROPOSED, HandoverStatus.AGREED, HandoverStatus.EXECUTED);

    private final Side owner;
    private final Set<HandoverStatus> from;

    Stage(Side owner, HandoverStatus... from) {
        this.owner = owner;
        this.from = Set.of(from);
    }

    /** The side that records this stage, or null when each side records its own (agreement, confirmation, custody). */
    public Side owner() {
        return owner;
    }

    boolean allowedIn(HandoverStatus status) {
        return from.contains(status);
    }
}
