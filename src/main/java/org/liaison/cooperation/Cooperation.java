package org.liaison.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;

/**
 * Read access to information reports and requests for other modules (a joint case links them by id). Summaries
 * carry no body text and no personal data, so reading one is not a read of person data.
 */
public interface Cooperation {

    Optional<ReportSummary> report(ReportId id);

    Optional<RequestSummary> request(RequestId id);

    /**
     * How much of the report this officer may see, by the same rule the report's pages, API and downloads apply:
     * call it before showing anything of a report beyond its {@link ReportSummary} (a search hit in its text, say).
     */
    ReportAccess access(ReportId id, CurrentOfficer officer);

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
