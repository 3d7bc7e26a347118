package org.liaison.cases.internal;

/** What a line of a case's history records; the page words each in the reader's language. */
public enum HistoryKind {
    OPENED,
    EDITED,
    SEIZURE_ADDED,
    SEIZURE_REMOVED,
    PERSON_LINKED,
    PERSON_UNLINKED,
    SHARED,
    /** A partner's copy arrived. */
    RECEIVED,
    /** The originating partner sent a newer revision. */
    UPDATED,
    /** This side proposed a change to the partner's case. */
    PROPOSED,
    /** A partner proposed a change to this side's case. */
    PROPOSAL_RECEIVED,
    PROPOSAL_ACCEPTED,
    PROPOSAL_REJECTED,
    TASK_SET,
    TASK_MOVED,
    LINK_ADDED,
    LINK_REMOVED
}
