package org.liaison.handovers.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaison.exchange.NodeSignatures;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.handovers.LinkedRecord;
import org.liaison.persons.PersonName;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;

/**
 * A handover as its page shows it on this node: the shared record, the person (when this node holds the wanted
 * notice), both confirmations with their signatures checked now, and what this node's side may record next.
 *
 * @param personNames empty when the wanted notice has not (yet) reached this node
 * @param allowed     the stages this node's side may record now
 */
public record HandoverView(HandoverId id, String requestingAgency, String holdingAgency, Direction direction,
                           HandoverStatus status, Side ownSide, WantedNoticeId notice,
                           Optional<WantedNoticeStatus> noticeStatus, List<PersonName> personNames, String grounds,
                           Instant requested, String requestedBy, Optional<Located> located,
                           Optional<Detention> detention, Optional<Proposal> proposal, boolean agreedRequesting,
                           boolean agreedHolding, List<ConfirmationView> confirmations, List<CustodyEntry> custody,
                           List<HandoverStep> steps, List<LinkedRecord> links, Instant executed, Instant closed,
                           String endReason, Set<Stage> allowed) {

    /**
     * A side's confirmation and whether its node's signature verifies over the stored fields right now.
     *
     * @param verdict null for a confirmation entered from the paper file, which carries no signature
     */
    public record ConfirmationView(HandoverConfirmation confirmation, NodeSignatures.Verdict verdict) {

        public boolean verified() {
            return verdict == NodeSignatures.Verdict.VALID;
        }

        public boolean unsigned() {
            return verdict == null;
        }
    }

    public Optional<ConfirmationView> confirmation(Side side) {
        return confirmations.stream().filter(c -> c.confirmation().side() == side).findFirst();
    }

    public boolean may(String stage) {
        return allowed.contains(Stage.valueOf(stage));
    }

    public String agency(Side side) {
        return side == Side.REQUESTING ? requestingAgency : holdingAgency;
    }

    public String partnerAgency() {
        return agency(ownSide == Side.REQUESTING ? Side.HOLDING : Side.REQUESTING);
    }
}
