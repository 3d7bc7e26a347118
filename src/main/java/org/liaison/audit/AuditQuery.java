package org.liaison.audit;

import java.time.Instant;

/** Filters for the auditor's view; null or blank means "any". */
public record AuditQuery(String actor, String action, String recordType, String recordId, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
