package org.liaison.audit;

import java.util.List;
import java.util.function.Consumer;

/** The node's audit log: append entries, verify the chain, search for the auditor. */
public interface AuditLog {

    /** Appends one entry; joins the caller's transaction so the entry commits with the change it records. */
    AuditRecord append(AuditEntry entry);

    /** Re-computes the hash chain from the first row and reports the first row that does not fit. */
    AuditVerification verify();

    /** Newest first, filtered; at most {@code limit} rows. */
    List<AuditRecord> search(AuditQuery query, int limit);

    /** Every row matching the filters, oldest first (chain order), streamed to {@code sink}; for archives. */
    void forEach(AuditQuery query, Consumer<AuditRecord> sink);
}
