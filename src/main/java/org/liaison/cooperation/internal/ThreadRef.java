package org.liaison.cooperation.internal;

import java.util.List;
import java.util.UUID;

/**
 * What the thread mechanics need to know of a report or a request: whose it is on this side and where it goes.
 *
 * @param ownUnitId      this node's id of the own side's unit (the sender's or the recipient's)
 * @param createdBy      the user who wrote it here, or empty for a received item
 * @param assignedTo     the user who handles it here, or empty
 * @param forwardedUnits own units a received report was passed on to
 */
record ThreadRef(UUID id, boolean request, boolean own, Long ownUnitId, String createdBy, String assignedTo,
                 String partnerAgency, String title, List<Long> forwardedUnits) {

    static ThreadRef of(InformationReport r, List<Long> forwardedUnits) {
        return new ThreadRef(r.id(), false, r.own(), r.ownUnitId(), r.createdBy(), r.assignedTo(), r.partnerAgency(),
                r.title(), forwardedUnits);
    }

    static ThreadRef of(CooperationRequest r) {
        return new ThreadRef(r.id(), true, r.own(), r.ownUnitId(), r.createdBy(), r.assignedTo(), r.partnerAgency(),
                r.title(), List.of());
    }

    /**
     * Need to know: auditors see everything; officers and supervisors what their unit sent or received, what was
     * passed on to their unit, and what they wrote or were given.
     */
    boolean visibleTo(Actor a) {
        if (a.auditor()) {
            return true;
        }
        if (!a.mayWrite()) {
            return false;
        }
        if (a.username().equals(createdBy) || a.username().equals(assignedTo)) {
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
