package org.liaison.handovers;

import java.time.Instant;
import java.util.List;
import org.liaison.persons.WantedNoticeId;

/**
 * A handover was closed: the person was handed over and both sides confirmed it. Published on both nodes (on the
 * partner's inside the exchange's inbox transaction: listen after commit, e.g. with
 * {@code @ApplicationModuleListener}). The request and case modules update their records from {@code links}.
 *
 * @param handedOver when the person crossed, as the handing-over side confirmed it
 */
public record HandoverClosed(HandoverId handover, WantedNoticeId notice, List<LinkedRecord> links,
                             String requestingAgency, String holdingAgency, Direction direction, Instant handedOver) {

    public HandoverClosed {
        links = List.copyOf(links);
    }
}
