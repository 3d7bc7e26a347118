package org.liaison.directory.internal;

import java.util.Set;
import org.liaison.directory.Role;
import org.liaison.directory.UnitKind;
import org.liaison.shared.CurrentOfficer;

/**
 * The administrator's use cases on the directory. Each one is a single transaction: it checks everything
 * first, throws {@link DirectoryChangeRefused} listing every problem when something is wrong (nothing is
 * written then), else saves the record and appends an audit entry that commits with it.
 *
 * <p>Updates take the version the administrator edited; when the record changed meanwhile they are refused
 * with {@link DirectoryChangeRefused.Reason#STALE}. Codes, user names and agencies of existing records stay
 * as they were created: other records and partner nodes refer to them.
 */
public interface DirectoryAdministration {

    /** Who makes the change and from where, for the audit log. */
    record Actor(CurrentOfficer officer, String remoteAddr) {
    }

    record AgencyDraft(String code, String nameLocal, String namePartner, String nameEn) {
    }

    /** @param parentCode code of the parent unit in the same agency, or {@code null} for a top unit */
    record UnitDraft(String agencyCode, String code, UnitKind kind, String parentCode, String nameLocal,
                     String namePartner, String nameEn) {
    }

    /**
     * @param email    where copies of the officer's notifications are mailed, or blank for none
     * @param password a new password, or {@code null} to keep the current one when updating
     */
    record OfficerDraft(String username, String fullName, String rankTitle, String agencyCode, Long unitId,
                        Set<Role> roles, String preferredLang, String email, boolean enabled, String password) {

        @Override
        public String toString() {
            return "OfficerDraft[" + username + ", " + agencyCode + ", " + roles + "]";
        }
    }

    /**
     * @param unitId        a unit of the own agency
     * @param partnerUnitId a unit of another agency
     */
    record PairDraft(Long unitId, Long partnerUnitId, String note) {
    }

    record GateDraft(String code, String nameVi, String nameZh, String nameEn, String placeVn, String placeCn) {
    }

    /** @return the new agency's code */
    String createAgency(Actor actor, AgencyDraft draft);

    void updateAgency(Actor actor, String code, int expectedVersion, AgencyDraft draft);

    /** @return the new unit's id */
    long createUnit(Actor actor, UnitDraft draft);

    void updateUnit(Actor actor, long id, int expectedVersion, UnitDraft draft);

    /** Creates a user of the own agency; officers of other agencies log in to their own nodes. */
    long createOfficer(Actor actor, OfficerDraft draft);

    void updateOfficer(Actor actor, long id, int expectedVersion, OfficerDraft draft);

    long createPair(Actor actor, PairDraft draft);

    void updatePair(Actor actor, long id, int expectedVersion, PairDraft draft);

    long createGate(Actor actor, GateDraft draft);

    void updateGate(Actor actor, long id, int expectedVersion, GateDraft draft);
}
