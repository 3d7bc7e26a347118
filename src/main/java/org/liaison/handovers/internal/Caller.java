package org.liaison.handovers.internal;

import java.util.Objects;
import org.liaison.shared.CurrentOfficer;

/** The officer acting, and from where, for the audit log; {@code name()} is what the shared record shows. */
public record Caller(CurrentOfficer officer, String remoteAddr) {

    public Caller {
        Objects.requireNonNull(officer, "officer");
        remoteAddr = remoteAddr == null ? "" : remoteAddr;
    }

    /** The officer's full name and user name, e.g. {@code Nông Thị Hoa (cb.officer)}. */
    String name() {
        return officer.fullName() + " (" + officer.username() + ")";
    }
}
