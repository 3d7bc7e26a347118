package org.liaison.engagements;

/** What kind of joint record an engagement is. */
public enum EngagementKind {
    /** Talks or a meeting between delegations of the two sides. */
    TALKS,
    /** A delegation of one side visiting the other (the published statistics count these as delegations). */
    VISIT,
    /** A training course one side holds for officers of the other (or of both). */
    TRAINING_COURSE,
    /** A coordination regulation or memorandum the two sides signed. */
    AGREEMENT
}
