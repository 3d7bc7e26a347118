package org.liaison.cooperation.internal;

import java.util.List;

/** What officers type, as forms and the REST API hand it over: unchecked text. */
public final class Drafts {

    private Drafts() {
    }

    /**
     * A new information report.
     *
     * @param recipientUnit the counterpart unit, {@code CN-GX:GX-JD} or just its code {@code GX-JD}
     * @param placeUnit     the unit (e.g. a border district) where the facts took place, written the same way; optional
     * @param factsOn       {@code yyyy-MM-dd}
     * @param factsAt       {@code HH:mm}, optional
     * @param accuracy      {@code KNOWN_TRUE} … or the grade {@code 1} … {@code 4}
     */
    public record Report(String title, String body, String crimeArea, String recipientUnit, String placeUnit,
                         String gate, String placeText, String factsOn, String factsAt, String reliability,
                         String accuracy, List<String> conditions, String otherConditions, List<String> personIds,
                         List<AttachmentUpload> attachments) {

        public Report {
            conditions = conditions == null ? List.of() : conditions;
            personIds = personIds == null ? List.of() : personIds;
            attachments = attachments == null ? List.of() : attachments;
        }
    }

    /**
     * A new request.
     *
     * @param deadline {@code yyyy-MM-ddTHH:mm} in the node's time zone, or an ISO instant; empty for the default
     */
    public record Request(String type, String title, String body, String recipientUnit, String urgency, String deadline,
                          String wantedNoticeId, String relatedReportId, List<String> personIds,
                          List<AttachmentUpload> attachments) {

        public Request {
            personIds = personIds == null ? List.of() : personIds;
            attachments = attachments == null ? List.of() : attachments;
        }
    }

    /** A note or a reply in a thread; {@code kind} is NOTE, PARTIAL_REPLY or FINAL_REPLY. */
    public record Reply(String kind, String text, List<AttachmentUpload> attachments) {

        public Reply {
            attachments = attachments == null ? List.of() : attachments;
        }
    }
}
