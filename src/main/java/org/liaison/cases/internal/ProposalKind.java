package org.liaison.cases.internal;

/** What a partner may propose: a change of core fields, a seizure to add, a person to link. */
public enum ProposalKind {
    CORE,
    SEIZURE,
    PERSON
}
