package org.liaison.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
     * What passed between this agency and {@code partner} in the period (both days included, by the day a report
     * or request was sent, in this node's time zone), counted from the individual reports and requests.
     */
    Figures figures(LocalDate from, LocalDate to, String partner);

    /** The reports and requests {@link #figures} counts, oldest first, so that a figure can name what it is made of. */
    List<Exchanged> exchanged(LocalDate from, LocalDate to, String partner);

    /**
     * One report or request between this agency and a partner.
     *
     * @param report         true for an information report, false for a request
     * @param sender         the agency that sent it
     * @param answered       a request answered in full
     * @param answeredOnTime a request answered in full by its deadline
     */
    record Exchanged(UUID id, boolean report, String sender, String title, boolean answered, boolean answeredOnTime) {
    }

    /**
     * @param requestsAnswered       own requests of the period the partner has answered in full
     * @param requestsAnsweredOnTime those of them answered by their deadline
     */
    record Figures(long reportsSent, long reportsReceived, long requestsSent, long requestsReceived,
                   long requestsAnswered, long requestsAnsweredOnTime) {

        /** Share of the requests sent that were answered on time, in whole percent; 0 when none was sent. */
        public long requestsAnsweredOnTimePct() {
            return requestsSent == 0 ? 0 : Math.round(100.0 * requestsAnsweredOnTime / requestsSent);
        }
    }

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
