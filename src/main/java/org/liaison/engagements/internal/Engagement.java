package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.JointStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A joint record as this node holds it: the recording side's own record, or the partner's copy with the same id.
 * The details travel as JSON and are kept as such (a correction is another version of them); this class keeps
 * the rules of the joint status: only the partner confirms or proposes a correction, only the recording side
 * decides on it, and every change of the wording raises the revision, so that a confirmation of an older wording
 * confirms nothing.
 */
class Engagement {

    @Id
    private final UUID id;
    private final EngagementKind kind;
    private final String recordingAgency;
    private final String partnerAgency;
    private final boolean own;
    private LocalDate dated;
    private String details;
    private int revision;
    private JointStatus status;
    private final String recordedBy;
    private final long recordedMs;
    /** When the partner's copy arrived here; 0 on the recording side. */
    private final long receivedMs;
    /** Who recorded, confirmed, proposed or decided: an officer's name and agency, as {@link Actor#signature()}. */
    private String statusBy;
    private long statusMs;
    /** Why a correction was rejected, or what the partner said when confirming; may be empty. */
    private String statusNote;
    /** The details the partner proposes instead, while a correction waits for a decision; else null. */
    private String correction;
    private String correctionNote;
    private String correctionBy;
    private long correctionMs;
    @Version
    private Integer version;

    @PersistenceCreator
    Engagement(UUID id, EngagementKind kind, String recordingAgency, String partnerAgency, boolean own, LocalDate dated,
               String details, int revision, JointStatus status, String recordedBy, long recordedMs, long receivedMs,
               String statusBy, long statusMs, String statusNote, String correction, String correctionNote,
               String correctionBy, long correctionMs, Integer version) {
        this.id = id;
        this.kind = kind;
        this.recordingAgency = recordingAgency;
        this.partnerAgency = partnerAgency;
        this.own = own;
        this.dated = dated;
        this.details = details;
        this.revision = revision;
        this.status = status;
        this.recordedBy = recordedBy;
        this.recordedMs = recordedMs;
        this.receivedMs = receivedMs;
        this.statusBy = statusBy;
        this.statusMs = statusMs;
        this.statusNote = statusNote;
        this.correction = correction;
        this.correctionNote = correctionNote;
        this.correctionBy = correctionBy;
        this.correctionMs = correctionMs;
        this.version = version;
    }

    /** The own agency's new record, shared with {@code partnerAgency}, awaiting its confirmation. */
    static Engagement recorded(UUID id, EngagementKind kind, String ownAgency, String partnerAgency, LocalDate dated,
                               String details, String by, long now) {
        return new Engagement(id, kind, ownAgency, partnerAgency, true, dated, details, 1, JointStatus.RECORDED, by,
                now, 0, "", 0, "", null, "", "", 0, null);
    }

    /** The partner's record as it arrived (or, for the demo, as it had arrived before). */
    static Engagement received(UUID id, EngagementKind kind, String recordingAgency, String ownAgency, LocalDate dated,
                               String details, int revision, String recordedBy, long recordedMs, long now) {
        return new Engagement(id, kind, recordingAgency, ownAgency, false, dated, details, revision,
                JointStatus.RECORDED, recordedBy, recordedMs, now, "", 0, "", null,
                "", "", 0, null);
    }

    // --- the partner's side: confirm or propose a correction ---

    /** The partner confirms the record as it reads; refused on the recording side and while a correction waits. */
    void confirm(String by, long now) {
        requirePartnerCopy();
        if (status != JointStatus.RECORDED) {
            throw EngagementsChangeRefused.conflict("engagements.error.notAwaitingConfirmation");
        }
        setStatus(JointStatus.CONFIRMED, by, now, "");
    }

    /** The partner proposes other details; one correction at a time. */
    void proposeCorrection(String proposed, String note, String by, long now) {
        requirePartnerCopy();
        if (status == JointStatus.CORRECTION_PROPOSED) {
            throw EngagementsChangeRefused.conflict("engagements.error.correctionPending");
        }
        holdCorrection(proposed, note, by, now);
    }

    /** The recording side decided on this copy's correction: it now reads as decided. */
    void correctionDecided(boolean accepted, int newRevision, String newDetails, LocalDate newDated, String reason,
                           String by, long at) {
        if (own) {
            throw new IllegalStateException("record " + id + " is this node's own; the partner does not decide on it");
        }
        if (accepted) {
            takeWording(newRevision, newDetails, newDated);
            setStatus(JointStatus.CONFIRMED, by, at, "");
        } else {
            setStatus(JointStatus.RECORDED, by, at, reason);
        }
        dropCorrection();
    }

    // --- the recording side: learn of the partner's answer, decide on a correction ---

    /** The partner confirmed a revision; true when that is the current wording and the status changed. */
    boolean confirmedByPartner(int confirmedRevision, String by, long at) {
        requireOwn();
        if (confirmedRevision != revision || status != JointStatus.RECORDED) {
            return false;
        }
        setStatus(JointStatus.CONFIRMED, by, at, "");
        return true;
    }

    /** The partner proposed a correction of a revision; false when it proposes to change an older wording. */
    boolean correctionProposedByPartner(int ofRevision, String proposed, String note, String by, long at) {
        requireOwn();
        if (ofRevision != revision) {
            return false;
        }
        holdCorrection(proposed, note, by, at);
        return true;
    }

    /** The recording side takes the partner's wording: a new revision, confirmed since the partner wrote it. */
    void acceptCorrection(LocalDate newDated, String by, long now) {
        requireOwn();
        requireCorrection();
        takeWording(revision + 1, correction, newDated);
        setStatus(JointStatus.CONFIRMED, by, now, "");
        dropCorrection();
    }

    /** The recording side keeps its wording; the record awaits the partner's confirmation again. */
    void rejectCorrection(String reason, String by, long now) {
        requireOwn();
        requireCorrection();
        setStatus(JointStatus.RECORDED, by, now, reason);
        dropCorrection();
    }

    private void requireOwn() {
        if (!own) {
            throw EngagementsChangeRefused.conflict("engagements.error.notRecordingSide", recordingAgency);
        }
    }

    private void requirePartnerCopy() {
        if (own) {
            throw EngagementsChangeRefused.conflict("engagements.error.ownRecord", partnerAgency);
        }
    }

    private void requireCorrection() {
        if (status != JointStatus.CORRECTION_PROPOSED) {
            throw EngagementsChangeRefused.conflict("engagements.error.noCorrection");
        }
    }

    private void holdCorrection(String proposed, String note, String by, long at) {
        this.correction = proposed;
        this.correctionNote = note == null ? "" : note;
        this.correctionBy = by;
        this.correctionMs = at;
        this.status = JointStatus.CORRECTION_PROPOSED;
    }

    private void dropCorrection() {
        this.correction = null;
        this.correctionNote = "";
        this.correctionBy = "";
        this.correctionMs = 0;
    }

    private void takeWording(int newRevision, String newDetails, LocalDate newDated) {
        this.revision = newRevision;
        this.details = newDetails;
        this.dated = newDated;
    }

    private void setStatus(JointStatus to, String by, long at, String note) {
        this.status = to;
        this.statusBy = by;
        this.statusMs = at;
        this.statusNote = note == null ? "" : note;
    }

    /** The other side of the record, seen from this node. */
    String otherSide() {
        return own ? partnerAgency : recordingAgency;
    }

    UUID id() {
        return id;
    }

    EngagementKind kind() {
        return kind;
    }

    String recordingAgency() {
        return recordingAgency;
    }

    String partnerAgency() {
        return partnerAgency;
    }

    boolean own() {
        return own;
    }

    LocalDate dated() {
        return dated;
    }

    String details() {
        return details;
    }

    int revision() {
        return revision;
    }

    JointStatus status() {
        return status;
    }

    String recordedBy() {
        return recordedBy;
    }

    long recordedMs() {
        return recordedMs;
    }

    long receivedMs() {
        return receivedMs;
    }

    String statusBy() {
        return statusBy;
    }

    long statusMs() {
        return statusMs;
    }

    String statusNote() {
        return statusNote;
    }

    Optional<String> correction() {
        return Optional.ofNullable(correction);
    }

    String correctionNote() {
        return correctionNote;
    }

    String correctionBy() {
        return correctionBy;
    }

    long correctionMs() {
        return correctionMs;
    }
}
