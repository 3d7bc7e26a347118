package org.liaison.directory.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** Which unit here corresponds to which unit across the border. */
record CounterpartPair(@Id Long id, Long unitId, Long partnerUnitId, String note, @Version Integer version) {

    static CounterpartPair create(long unitId, long partnerUnitId, String note) {
        return new CounterpartPair(null, unitId, partnerUnitId, note == null ? "" : note, null);
    }

    CounterpartPair relink(long unitId, long partnerUnitId, String note) {
        return new CounterpartPair(id, unitId, partnerUnitId, note == null ? "" : note, version);
    }
}
