package org.liaison.cases.internal;

import java.util.Objects;
import org.liaison.shared.CurrentOfficer;

/** The officer reading or changing a case, and from where: what the history and the audit log record. */
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
}
