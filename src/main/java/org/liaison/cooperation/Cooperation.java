package org.liaison.cooperation;

import java.time.Instant;
import java.util.Optional;
import org.liaison.persons.CrimeArea;

/**
 * Read access to information reports and requests for other modules (a joint case links them by id). Summaries
 * carry no body text and no personal data, so reading one is not a read of person data.
 */
public interface Cooperation {

    Optional<ReportSummary> report(ReportId id);

    Optional<RequestSummary> request(RequestId id);

    /**
     * Notes on the request's thread, on this node only, that the handover it led to was executed; each node records
     * it for itself when the handover closes there. A request this node does not hold is left alone.
     *
     * @param handover the handover's id, shown in the note
     */
    void recordHandoverExecuted(RequestId id, String handover, Instant handedOver);

    /**
     * @param originAgency    the agency that wrote the report
     * @param recipientAgency the agency it was sent to
     * @param own             true on the node of the agency that wrote it
     */
    record ReportSummary(ReportId id, String title, CrimeArea crimeArea, String originAgency, String senderUnit,
                         String recipientAgency, String recipientUnit, boolean own, Instant sent) {
    }

    /**
     * @param late true when the final answer came after the deadline, or none came and the deadline has passed
     */
    record RequestSummary(RequestId id, RequestType type, String title, RequestStatus status, Urgency urgency,
                          String requestingAgency, String requestingUnit, String answeringAgency, String answeringUnit,
                          boolean own, Instant sent, Instant deadline, boolean late) {
    }
}
