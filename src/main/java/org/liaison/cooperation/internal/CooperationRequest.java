package org.liaison.cooperation.internal;

import java.util.UUID;
import org.liaison.cooperation.RequestStatus;
import org.liaison.cooperation.RequestType;
import org.liaison.cooperation.Urgency;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A request from one agency's unit to a counterpart unit of the other, with a reply deadline. The answering side
 * moves it ({@link #advance}) and tells the requesting side, whose copy follows the same rules, so both stay in
 * step: OPEN → ACKNOWLEDGED → PARTIALLY_ANSWERED → ANSWERED, or DECLINED before anything was answered.
 */
class CooperationRequest {

    @Id
    private final UUID id;
    private final String requestingAgency;
    /** True on the requesting agency's node. */
    private final boolean own;
    private final String requestingUnit;
    private final String answeringAgency;
    private final String answeringUnit;
    private final Long ownUnitId;
    private final RequestType type;
    private final String title;
    private final String body;
    private final Urgency urgency;
    private final long deadlineMs;
    private final String deadlineSource;
    private final UUID wantedNotice;
    private final UUID relatedReport;
    private final String relatedTitle;
    private RequestStatus status;
    private long statusMs;
    private boolean answeredLate;
    private final String authorName;
    private final String createdBy;
    private final long sentMs;
    private final long receivedMs;
    private final UUID messageId;
    private String assignedTo;
    @Version
    private Integer version;

    @PersistenceCreator
    CooperationRequest(UUID id, String requestingAgency, boolean own, String requestingUnit, String answeringAgency,
                       String answeringUnit, Long ownUnitId, RequestType type, String title, String body,
                       Urgency urgency, long deadlineMs, String deadlineSource, UUID wantedNotice, UUID relatedReport,
                       String relatedTitle, RequestStatus status, long statusMs, boolean answeredLate,
                       String authorName, String createdBy, long sentMs, long receivedMs, UUID messageId,
                       String assignedTo, Integer version) {
        this.id = id;
        this.requestingAgency = requestingAgency;
        this.own = own;
        this.requestingUnit = requestingUnit;
        this.answeringAgency = answeringAgency;
        this.answeringUnit = answeringUnit;
        this.ownUnitId = ownUnitId;
        this.type = type;
        this.title = title;
        this.body = body;
        this.urgency = urgency;
        this.deadlineMs = deadlineMs;
        this.deadlineSource = deadlineSource;
        this.wantedNotice = wantedNotice;
        this.relatedReport = relatedReport;
        this.relatedTitle = relatedTitle;
        this.status = status;
        this.statusMs = statusMs;
        this.answeredLate = answeredLate;
        this.authorName = authorName;
        this.createdBy = createdBy;
        this.sentMs = sentMs;
        this.receivedMs = receivedMs;
        this.messageId = messageId;
        this.assignedTo = assignedTo;
        this.version = version;
    }

    /** A request written here; the requesting officer follows it until someone else is assigned. */
    static CooperationRequest written(UUID id, String agency, String requestingUnit, long ownUnitId,
                                      String answeringAgency, String answeringUnit, RequestTerms t, String authorName,
                                      String createdBy, long sentMs, UUID message) {
        return new CooperationRequest(id, agency, true, requestingUnit, answeringAgency, answeringUnit, ownUnitId,
                t.type(), t.title(), t.body(), t.urgency(), t.deadlineMs(), t.deadlineSource(), t.wantedNotice(),
                t.relatedReport(), t.relatedTitle(), RequestStatus.OPEN, sentMs, false, authorName, createdBy, sentMs,
                0, message, createdBy, null);
    }

    static CooperationRequest received(UUID id, String requestingAgency, String requestingUnit, String answeringAgency,
                                       String answeringUnit, Long ownUnitId, RequestTerms t, String authorName,
                                       long sentMs, long receivedMs, UUID message) {
        return new CooperationRequest(id, requestingAgency, false, requestingUnit, answeringAgency, answeringUnit,
                ownUnitId, t.type(), t.title(), t.body(), t.urgency(), t.deadlineMs(), t.deadlineSource(),
                t.wantedNotice(), t.relatedReport(), t.relatedTitle(), RequestStatus.OPEN, receivedMs, false,
                authorName, "", sentMs, receivedMs, message, "", null);
    }

    RequestTerms terms() {
        return new RequestTerms(type, title, body, urgency, deadlineMs, deadlineSource, wantedNotice, relatedReport,
                relatedTitle);
    }

    /** Whether the entry may follow the request's current status. */
    static boolean allowed(RequestStatus from, EntryKind kind) {
        return switch (kind) {
            case ACKNOWLEDGED -> from == RequestStatus.OPEN;
            case PARTIAL_REPLY, FINAL_REPLY -> !from.closed();
            case DECLINED -> from == RequestStatus.OPEN || from == RequestStatus.ACKNOWLEDGED;
            case NOTE, ASSIGNED, FORWARDED -> true;
            // written only by this node when its handover closes, never by an officer or a partner
            case HANDOVER_EXECUTED -> false;
            // need to know is granted on reports, never on requests
            case NEED_TO_KNOW -> false;
        };
    }

    /**
     * Moves the request on with an acknowledgement, a reply or a refusal made at {@code atMs}; a final reply after
     * the deadline is recorded as late.
     *
     * @throws CooperationRefused when the current status does not allow it (nothing changes)
     */
    void advance(EntryKind kind, long atMs) {
        if (kind.leadsTo() == null) {
            return;
        }
        if (!allowed(status, kind)) {
            throw CooperationRefused.conflict("cooperation.request.error.transition",
                    Explanation.of("cooperation.status." + status), Explanation.of("cooperation.action." + kind));
        }
        status = kind.leadsTo();
        statusMs = atMs;
        if (kind == EntryKind.FINAL_REPLY) {
            answeredLate = isLate(atMs);
        }
    }

    boolean isLate(long atMs) {
        return atMs > deadlineMs;
    }

    /** Still expected and past its deadline. */
    boolean overdue(long nowMs) {
        return !status.closed() && nowMs > deadlineMs;
    }

    void assignTo(String username) {
        this.assignedTo = username;
    }

    UUID id() { return id; }
    String requestingAgency() { return requestingAgency; }
    boolean own() { return own; }
    String requestingUnit() { return requestingUnit; }
    String answeringAgency() { return answeringAgency; }
    String answeringUnit() { return answeringUnit; }
    Long ownUnitId() { return ownUnitId; }
    RequestType type() { return type; }
    String title() { return title; }
    Urgency urgency() { return urgency; }
    long deadlineMs() { return deadlineMs; }
    RequestStatus status() { return status; }
    long statusMs() { return statusMs; }
    boolean answeredLate() { return answeredLate; }
    String authorName() { return authorName; }
    String createdBy() { return createdBy; }
    long sentMs() { return sentMs; }
    long receivedMs() { return receivedMs; }
    UUID messageId() { return messageId; }
    String assignedTo() { return assignedTo; }
    Integer version() { return version; }

    String partnerAgency() {
        return own ? answeringAgency : requestingAgency;
    }
}
