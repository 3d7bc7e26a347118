package org.liaison.directory;

/** What an officer may do on their node. */
public enum Role {
    /** Works cases, reports, requests; sees own agency's records. */
    OFFICER,
    /** Everything an officer does, plus releasing outgoing items where four-eyes is configured. */
    SUPERVISOR,
    /** Manages the directory, users, partner nodes. */
    ADMIN,
    /** Read-only; reads the audit log. */
    AUDITOR
}
