package org.liaison.engagements;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The reply times the agreements in force between two agencies commit them to (e.g. "answer a request within
 * 15 days", "urgent requests within 24 hours"). Requests take their default reply deadline from here; an officer may
 * still set another one.
 */
public interface ReplyCommitments {

    /**
     * @param requestingAgency the agency that asks (agency code, e.g. {@code VN-CB})
     * @param answeringAgency  the agency that must answer
     * @param urgent           whether the request is marked urgent
     * @param on               the day the request is sent: only agreements in force that day count
     * @return the commitment that applies, or empty when no agreement in force says anything
     */
    Optional<ReplyCommitment> replyWithin(String requestingAgency, String answeringAgency, boolean urgent, LocalDate on);

    /**
     * @param within      how long the answering agency has
     * @param agreementId the agreement whose clause says so
     * @param source      the agreement's title and clause number, as shown next to the deadline, e.g.
     *                    {@code "Quy chế phối hợp 2023, Điều 5"}
     */
    record ReplyCommitment(Duration within, String agreementId, String source) {
    }
}
