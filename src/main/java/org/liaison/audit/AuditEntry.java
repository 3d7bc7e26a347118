package org.liaison.audit;

import java.util.Objects;

/**
 * What happened, before it is chained: who did what to which record, from where.
 *
 * @param actor      user name, or {@code system} / a peer node id for machine actions
 * @param agency     the actor's agency code
 * @param action     a verb such as {@code READ}, {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code LOGIN_FAILED}
 * @param recordType the kind of record, e.g. {@code unit}, {@code officer}, {@code person}
 * @param recordId   the record's id, or empty
 * @param remoteAddr the client address, or empty for machine actions
 * @param detail     a short free text
 */
public record AuditEntry(String actor, String agency, String action, String recordType, String recordId,
                         String remoteAddr, String detail) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        agency = agency == null ? "" : agency;
        recordId = recordId == null ? "" : recordId;
        remoteAddr = remoteAddr == null ? "" : remoteAddr;
        detail = detail == null ? "" : detail;
    }
}
