package org.liaison.audit;

import java.time.Instant;

/** One chained row of the audit log. */
public record AuditRecord(long seq, Instant at, AuditEntry entry, String prevHash, String hash) {
}
