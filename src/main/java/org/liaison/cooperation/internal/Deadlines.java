package org.liaison.cooperation.internal;

import java.time.Duration;
import java.time.LocalDate;
import org.liaison.engagements.ReplyCommitments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Default reply deadlines: what the agreements in force between the two agencies commit them to
 * ({@link ReplyCommitments}, kept by the engagements module); where none says anything, or no agreement register
 * runs on this node, the built-in default of 15 days for a normal request and 24 hours for an urgent one, the reply
 * times the BLO coordination practice works with. An officer may set another deadline.
 */
@Component
class Deadlines {

    static final Duration NORMAL = Duration.ofDays(15);
    static final Duration URGENT = Duration.ofHours(24);
    /** Stored as the deadline's source when the built-in default applied; pages translate it. */
    static final String BUILT_IN = "liaison:built-in";

    /** @param source the agreement's title and clause, or {@link #BUILT_IN} */
    record Default(Duration within, String source) {
    }

    private final ObjectProvider<ReplyCommitments> commitments;

    Deadlines(ObjectProvider<ReplyCommitments> commitments) {
        this.commitments = commitments;
    }

    Default forRequest(String requesting, String answering, boolean urgent, LocalDate on) {
        ReplyCommitments register = commitments.getIfAvailable();
        if (register != null) {
            var found = register.replyWithin(requesting, answering, urgent, on);
            if (found.isPresent() && found.get().within() != null && found.get().within().isPositive()) {
                return new Default(found.get().within(), found.get().source() == null ? "" : found.get().source());
            }
        }
        return new Default(urgent ? URGENT : NORMAL, BUILT_IN);
    }
}
