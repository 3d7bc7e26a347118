package org.liaison.cases.internal;

import static org.liaison.cases.internal.CasesChangeRefused.conflict;
import static org.liaison.cases.internal.CasesChangeRefused.term;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A partner's proposed change to a shared case, kept alike on both nodes (same id): the originating agency
 * accepts it, which applies it, or rejects it with a reason, once. A proposal made on an earlier revision than the
 * case has now is out of date: it can only be rejected, and the partner proposes again on what the case says now.
 */
class Proposal {

    @Id
    private final UUID id;
    private final UUID caseId;
    private final String proposingAgency;
    private final String proposedBy;
    private final long proposedMs;
    private final int baseRevision;
    private final ProposalKind kind;
    /** The {@link ProposedChange} as JSON, the same text both nodes hold. */
    private final String changeJson;
    private final String note;
    private ProposalState state;
    private String decidedBy;
    private long decidedMs;
    private String decisionReason;
    private int appliedRevision;
    @Version
    private Integer version;

    @PersistenceCreator
    Proposal(UUID id, UUID caseId, String proposingAgency, String proposedBy, long proposedMs, int baseRevision,
             ProposalKind kind, String changeJson, String note, ProposalState state, String decidedBy, long decidedMs,
             String decisionReason, int appliedRevision, Integer version) {
        this.id = id;
        this.caseId = caseId;
        this.proposingAgency = proposingAgency;
        this.proposedBy = proposedBy;
        this.proposedMs = proposedMs;
        this.baseRevision = baseRevision;
        this.kind = kind;
        this.changeJson = changeJson;
        this.note = note;
        this.state = state;
        this.decidedBy = decidedBy;
        this.decidedMs = decidedMs;
        this.decisionReason = decisionReason;
        this.appliedRevision = appliedRevision;
        this.version = version;
    }

    /** A pending proposal, as made on the partner's node or as received on the originating one. */
    static Proposal pending(UUID id, UUID caseId, String agency, String by, long at, int baseRevision, ProposalKind kind,
                            String changeJson, String note) {
        return new Proposal(id, caseId, agency, by, at, baseRevision, kind, changeJson, note == null ? "" : note,
                ProposalState.PENDING, "", 0, "", 0, null);
    }

    /** True when the case moved on since the proposal was made; only a pending proposal can be out of date. */
    boolean outOfDate(int caseRevision) {
        return state == ProposalState.PENDING && baseRevision < caseRevision;
    }

    /** Throws unless the proposal can still be decided, and (for accepting) unless it fits the case's revision. */
    void checkDecidable(boolean accepting, int caseRevision) {
        if (state != ProposalState.PENDING) {
            throw conflict("cases.error.alreadyDecided", term("cases.proposalState." + state), decidedBy);
        }
        if (accepting && baseRevision != caseRevision) {
            throw conflict("cases.error.outOfDate", String.valueOf(baseRevision), String.valueOf(caseRevision));
        }
    }

    void accept(String by, long now, int revision) {
        decide(ProposalState.ACCEPTED, by, now, "", revision);
    }

    void reject(String by, long now, String reason) {
        decide(ProposalState.REJECTED, by, now, reason, 0);
    }

    private void decide(ProposalState to, String by, long now, String reason, int revision) {
        if (state != ProposalState.PENDING) {
            throw conflict("cases.error.alreadyDecided", term("cases.proposalState." + state), decidedBy);
        }
        this.state = to;
        this.decidedBy = by;
        this.decidedMs = now;
        this.decisionReason = reason;
        this.appliedRevision = revision;
    }

    /** The originator's decision arrived; false when it was known already (nothing changes then). */
    boolean decidedByOrigin(Wire.Decided d) {
        if (state == d.state()) {
            return false;
        }
        decide(d.state(), d.decidedBy(), d.decidedMs(), d.reason() == null ? "" : d.reason(), d.appliedRevision());
        return true;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    String proposingAgency() {
        return proposingAgency;
    }

    String proposedBy() {
        return proposedBy;
    }

    long proposedMs() {
        return proposedMs;
    }

    int baseRevision() {
        return baseRevision;
    }

    ProposalKind kind() {
        return kind;
    }

    String changeJson() {
        return changeJson;
    }

    String note() {
        return note;
    }

    ProposalState state() {
        return state;
    }

    String decidedBy() {
        return decidedBy;
    }

    long decidedMs() {
        return decidedMs;
    }

    String decisionReason() {
        return decisionReason;
    }

    int appliedRevision() {
        return appliedRevision;
    }
}
