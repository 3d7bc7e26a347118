package org.liaison.cases.internal;

/** What a case may link to in the cooperation records: an information report or a request. */
public enum LinkKind {
    REPORT,
    REQUEST
}
