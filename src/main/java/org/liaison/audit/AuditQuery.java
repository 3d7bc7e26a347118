package org.liaison.audit;

import java.time.Instant;

/**
 * Filters for the auditor's view; null or blank means "any".
 *
 * @param actor      part of the actor's name, any case
 * @param action     the exact action, e.g. {@code READ}
 * @param recordType the exact record type, e.g. {@code api_token}
 * @param recordId   the exact record id
 * @param from       rows at or after this instant
 * @param to         rows before this instant
 * @param beforeSeq  rows with a lower sequence number only (to page backwards from the newest), or null
 */
public record AuditQuery(String actor, String action, String recordType, String recordId, Instant from, Instant to,
                         Long beforeSeq) {

    public AuditQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' " + from + " is after 'to' " + to);
        }
    }

    public AuditQuery(String actor, String action, String recordType, String recordId, Instant from, Instant to) {
        this(actor, action, recordType, recordId, from, to, null);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /** The same filters, for the rows older than {@code seq}. */
    public AuditQuery before(long seq) {
        return new AuditQuery(actor, action, recordType, recordId, from, to, seq);
    }
}
