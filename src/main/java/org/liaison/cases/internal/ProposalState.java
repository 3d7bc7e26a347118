package org.liaison.cases.internal;

/** Where a partner's proposal stands; only the originating agency decides it, once. */
public enum ProposalState {
    PENDING,
    ACCEPTED,
    REJECTED
}
