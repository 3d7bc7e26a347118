package org.liaison.cooperation.internal;

import java.util.List;
import java.util.UUID;
import org.liaison.cooperation.ReportAccess;

/**
 * What the thread mechanics need to know of a report or a request: whose it is on this side and where it goes.
 *
 * @param ownUnitId      this node's id of the own side's unit (the sender's or the recipient's)
 * @param createdBy      the user who wrote it here, or empty for a received item
 * @param assignedTo     the user who handles it here, or empty
 * @param forwardedUnits own units a received report was passed on to
 * @param grantees       officers outside those units a supervisor of the unit granted need to know of a report
 */
record ThreadRef(UUID id, boolean request, boolean own, Long ownUnitId, String createdBy, String assignedTo,
                 String partnerAgency, String title, List<Long> forwardedUnits, List<String> grantees) {

    static ThreadRef of(InformationReport r, List<Long> forwardedUnits, List<String> grantees) {
        return new ThreadRef(r.id(), false, r.own(), r.ownUnitId(), r.createdBy(), r.assignedTo(), r.partnerAgency(),
                r.title(), forwardedUnits, grantees);
    }

    static ThreadRef of(CooperationRequest r) {
        return new ThreadRef(r.id(), true, r.own(), r.ownUnitId(), r.createdBy(), r.assignedTo(), r.partnerAgency(),
                r.title(), List.of(), List.of());
    }

    /**
     * Need to know for a report: whoever {@link #visibleTo may see it} sees it in full; any other officer or supervisor
     * of this node's agency sees that it exists (redacted); administrators and other agencies see nothing.
     */
    ReportAccess access(Actor a, String nodeAgency) {
        if (!nodeAgency.equals(a.agency())) {
            return ReportAccess.NONE;
        }
        if (visibleTo(a)) {
            return ReportAccess.FULL;
        }
        return a.mayWrite() ? ReportAccess.REDACTED : ReportAccess.NONE;
    }

    /**
     * Need to know: auditors see everything; officers and supervisors what their unit sent or received, what was
     * passed on to their unit, what they wrote or were given, and reports they were granted need to know of.
     */
    boolean visibleTo(Actor a) {
        if (a.auditor()) {
            return true;
        }
        if (!a.mayWrite()) {
            return false;
        }
        if (a.username().equals(createdBy) || a.username().equals(assignedTo) || grantees.contains(a.username())) {
            return true;
        }
        Long unit = a.officer().unitId();
        return unit != null && (unit.equals(ownUnitId) || forwardedUnits.contains(unit));
    }

    /**
     * On the dashboard: supervisors follow their unit's items, officers what they wrote or were given, auditors the
     * whole agency's.
     */
    boolean followedBy(Actor a) {
        if (a.auditor() && !a.mayWrite()) {
            return true;
        }
        if (a.username().equals(createdBy) || a.username().equals(assignedTo)) {
            return true;
        }
        Long unit = a.officer().unitId();
        return a.supervisor() && unit != null && unit.equals(ownUnitId);
    }
}
