package org.liaison.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
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
     * Everything a full-text index keeps of a report or request this node holds, with the notes and replies of its
     * thread; empty when the node holds no such item. Not an audited read: the search shows nothing of it to a
     * reader before {@link #visibleTo} allowed the item, and audits what it shows.
     */
    Optional<ItemText> text(UUID item);

    /** Every report and request this node holds, own and received, in words, to index them all at once. */
    List<ItemText> texts();

    /**
     * Those of {@code items} the reader may open, by the same rule as the lists and the pages (need to know by unit,
     * author and assignee; auditors all; administrators none). Ids the node does not hold are left out.
     */
    Set<UUID> visibleTo(CurrentOfficer reader, Collection<UUID> items);

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

    /**
     * A report or a request in words, for the search index.
     *
     * @param words        further words to find it by: place, border gate, other conditions, the related report
     * @param termKeys     message keys of its crime area, type, urgency, status and handling conditions, so it is
     *                     found by their names in any language
     * @param units        the sending and receiving units, {@code AGENCY/CODE}
     * @param status       for a request its {@link RequestStatus}; for a report {@code SENT} or {@code RECEIVED}
     * @param replies      the texts of the notes, replies and refusals in its thread, oldest first
     * @param linksPersons whether persons are linked to it (showing it is then a read of person data)
     */
    record ItemText(UUID id, boolean request, boolean own, String title, String body, List<String> words,
                    List<String> termKeys, CrimeArea crimeArea, List<String> units, String status, Instant sent,
                    List<String> replies, boolean linksPersons) {
    }
}
