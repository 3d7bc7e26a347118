package org.liaison.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;

/** A seizure recorded on a case; {@code seizureId} is the same on every node holding the case. */
public record Seizure(UUID seizureId, DrugType drugType, BigDecimal quantity, QuantityUnit quantityUnit, String place,
                      LocalDate seizedOn, String seizingAgency, String recordedBy, long recordedMs) {

    static Seizure of(UUID id, SeizureFacts f, String by, long now) {
        return new Seizure(id, f.drugType(), f.quantity(), f.unit(), f.place(), f.seizedOn(), f.seizingAgency(), by, now);
    }

    SeizureFacts facts() {
        return new SeizureFacts(drugType, quantity, quantityUnit, place, seizedOn, seizingAgency);
    }
}
