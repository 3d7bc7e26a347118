package org.liaison.screening.internal;

import java.util.Objects;
import org.liaison.shared.CurrentOfficer;

/** Who screens or reviews, and from where: what the audit log needs. */
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
