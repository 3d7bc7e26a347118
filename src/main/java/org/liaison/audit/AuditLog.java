package org.liaison.audit;

import java.util.List;
import java.util.function.Consumer;

/** The node's audit log: append entries, verify the chain, search for the auditor. */
public interface AuditLog {

    /**
     * Appends one entry that commits with the caller's transaction, so it records exactly the changes that happened.
     * Inside a transaction the row is chained just before the commit: the chain's single lock is then held for a
     * moment, not for the whole business transaction (audited reads would otherwise queue behind each other).
     * Without a transaction the entry is written at once.
     */
    void append(AuditEntry entry);

    /** Writes one entry at once in a transaction of its own and returns the chained row (a verification, an export). */
    AuditRecord appendNow(AuditEntry entry);

    /** Re-computes the hash chain from the first row and reports the first row that does not fit. */
    AuditVerification verify();

    /** Newest first, filtered; at most {@code limit} rows. */
    List<AuditRecord> search(AuditQuery query, int limit);

    /** Every row matching the filters, oldest first (chain order), streamed to {@code sink}; for archives. */
    void forEach(AuditQuery query, Consumer<AuditRecord> sink);
}
