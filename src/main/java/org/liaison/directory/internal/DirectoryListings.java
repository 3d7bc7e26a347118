package org.liaison.directory.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liaison.directory.Role;
import org.liaison.directory.UnitKind;

/**
 * The directory as its own pages and REST API show it. Each view carries every stored name and, as
 * {@code name}, the one to show the reader in their language. Officer views never carry password data.
 */
public interface DirectoryListings {

    List<AgencyView> agencies(Locale reader);

    Optional<AgencyView> agency(String code, Locale reader);

    /** Every agency with its units, own agency first. */
    List<AgencyUnits> unitsByAgency(Locale reader);

    /** The agency's units; empty when the agency does not exist (check with {@link #agency}). */
    List<UnitView> units(String agencyCode, Locale reader);

    Optional<UnitView> unit(long id, Locale reader);

    /** Officers of the own agency (the only ones who log in to this node). */
    List<OfficerView> officers(Locale reader);

    Optional<OfficerView> officer(long id, Locale reader);

    List<PairView> pairs(Locale reader);

    Optional<PairView> pair(long id, Locale reader);

    List<GateView> gates(Locale reader);

    Optional<GateView> gate(long id, Locale reader);

    record AgencyView(String code, String country, String name, String nameLocal, String namePartner, String nameEn,
                      boolean own, int version) {
    }

    record UnitView(long id, String agencyCode, String code, UnitKind kind, Long parentId, String parentCode,
                    String parentName, String name, String nameLocal, String namePartner, String nameEn, int version) {
    }

    record AgencyUnits(AgencyView agency, List<UnitView> units) {
    }

    record OfficerView(long id, String username, String fullName, String rankTitle, String agencyCode, Long unitId,
                       String unitCode, String unitName, List<Role> roles, String preferredLang, String email,
                       boolean enabled, int version) {

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    record PairView(long id, UnitView unit, UnitView partnerUnit, String partnerAgencyName, String note, int version) {
    }

    record GateView(long id, String code, String name, String nameVi, String nameZh, String nameEn, String placeVn,
                    String placeCn, int version) {
    }
}
