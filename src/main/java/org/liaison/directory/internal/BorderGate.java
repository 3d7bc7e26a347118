package org.liaison.directory.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A border gate, with the names both countries use for it and the place on each side. */
record BorderGate(@Id Long id, String code, String nameVi, String nameZh, String nameEn,
                  String placeVn, String placeCn, @Version Integer version) {

    static BorderGate create(String code, String nameVi, String nameZh, String nameEn, String placeVn, String placeCn) {
        return new BorderGate(null, code, nameVi, nameZh, nameEn, placeVn, placeCn, null);
    }

    BorderGate withNames(String nameVi, String nameZh, String nameEn, String placeVn, String placeCn) {
        return new BorderGate(id, code, nameVi, nameZh, nameEn, placeVn, placeCn, version);
    }
}
