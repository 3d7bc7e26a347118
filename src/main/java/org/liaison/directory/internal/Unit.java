package org.liaison.directory.internal;

import org.liaison.directory.UnitKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A unit of an agency: the department itself, its BLO, a division, a border district. */
record Unit(@Id Long id, String agencyCode, String code, UnitKind kind, Long parentId,
            String nameLocal, String namePartner, String nameEn, @Version Integer version) {

    static Unit create(String agencyCode, String code, UnitKind kind, Long parentId,
                       String nameLocal, String namePartner, String nameEn) {
        return new Unit(null, agencyCode, code, kind, parentId, nameLocal, namePartner, nameEn, null);
    }

    Unit withNames(UnitKind kind, Long parentId, String nameLocal, String namePartner, String nameEn) {
        return new Unit(id, agencyCode, code, kind, parentId, nameLocal, namePartner, nameEn, version);
    }
}
