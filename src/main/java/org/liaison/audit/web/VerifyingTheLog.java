package org.liaison.audit.web;

import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditVerification;
import org.liaison.shared.CurrentOfficer;
import org.springframework.stereotype.Component;

/** An auditor checks the chain; the check itself goes into the log, so who verified when is on record. */
@Component
class VerifyingTheLog {

    static final String ACTION = "VERIFY";
    static final String RECORD_TYPE = "audit_log";

    private final AuditLog audit;

    VerifyingTheLog(AuditLog audit) {
        this.audit = audit;
    }

    AuditVerification verify(CurrentOfficer auditor, String remoteAddr) {
        AuditVerification result = audit.verify();
        audit.append(new AuditEntry(auditor.username(), auditor.agency(), ACTION, RECORD_TYPE, "", remoteAddr,
                result.describe()));
        return result;
    }
}
