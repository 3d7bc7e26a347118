package org.liaison.cases.internal;

import java.util.UUID;

/**
 * The messages this module exchanges with partner nodes (schema version 1 of each). All messages about one case
 * travel in one conversation, so each side applies them in the order they were sent.
 */
final class Wire {

    /** Originator to partner: a first copy of the case ({@link CaseCopy}). */
    static final String CASE_SHARED = "cases.case-shared";
    /** Originator to every partner holding a copy: the case at a new revision ({@link CaseCopy}). */
    static final String CASE_UPDATED = "cases.case-updated";
    /** Partner to originator: a proposed change ({@link Proposed}). */
    static final String CHANGE_PROPOSED = "cases.change-proposed";
    /** Originator to the proposing partner: accepted or rejected ({@link Decided}). */
    static final String PROPOSAL_DECIDED = "cases.proposal-decided";

    private Wire() {
    }

    static String conversation(UUID caseId) {
        return "cases:" + caseId;
    }

    record Proposed(UUID id, UUID caseId, int baseRevision, String proposedBy, long proposedMs, ProposedChange change,
                    String note) {
    }

    /** @param appliedRevision the case's revision with the change in it; 0 when rejected */
    record Decided(UUID proposalId, UUID caseId, ProposalState state, String reason, String decidedBy, long decidedMs,
                   int appliedRevision) {
    }
}
