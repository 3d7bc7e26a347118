package org.liaison.cooperation.internal;

import java.util.Objects;
import org.liaison.shared.CurrentOfficer;

/** Who reads or acts, and from where: what the audit log and the visibility rules need. */
public record Actor(CurrentOfficer officer, String remoteAddr) {

    public Actor {
        Objects.requireNonNull(officer, "officer");
        remoteAddr = remoteAddr == null ? "" : remoteAddr;
    }

    String username() {
        return officer.username();
    }

    String agency() {
        return officer.agency();
    }

    boolean supervisor() {
        return officer.has("SUPERVISOR");
    }

    boolean auditor() {
        return officer.has("AUDITOR");
    }

    /** Officers and supervisors write; auditors only read. */
    boolean mayWrite() {
        return officer.has("OFFICER") || officer.has("SUPERVISOR");
    }
}
