package org.liaison.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;

/** What was seized, how much, where, when and by which agency; checked by {@link CasePolicy}. */
public record SeizureFacts(DrugType drugType, BigDecimal quantity, QuantityUnit unit, String place, LocalDate seizedOn,
                           String seizingAgency) {
}
