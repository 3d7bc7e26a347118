package org.liaison.engagements.internal;

import java.util.Objects;
import org.liaison.shared.CurrentOfficer;

/** The officer acting on the engagement records, and from where (for the audit log). */
public record Actor(CurrentOfficer officer, String remoteAddr) {

    public Actor {
        Objects.requireNonNull(officer, "officer");
        remoteAddr = remoteAddr == null ? "" : remoteAddr;
    }

    /** How the records name who did something, on both nodes: the officer's name and agency. */
    String signature() {
        return officer.fullName() + " (" + officer.agency() + ")";
    }
}
