package org.liaison.audit.web;

import java.time.format.DateTimeFormatter;
import org.liaison.audit.AuditRecord;

/** One audit row as the auditor's table shows it, its time already in the reader's locale and the node's zone. */
record AuditRow(long seq, String time, String isoTime, String actor, String agency, String action, String recordType,
                String recordId, String remoteAddr, String detail) {

    static AuditRow of(AuditRecord r, DateTimeFormatter times) {
        return new AuditRow(r.seq(), times.format(r.at()), r.at().toString(), r.entry().actor(), r.entry().agency(),
                r.entry().action(), r.entry().recordType(), r.entry().recordId(), r.entry().remoteAddr(),
                r.entry().detail());
    }
}
