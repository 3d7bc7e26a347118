package org.liaison.cases;

import java.math.BigDecimal;

/**
 * What was seized of one drug, in one unit, over a period: grams are added into kilograms, tablets and litres stay
 * apart (a count and a volume do not add to a weight).
 *
 * @param unit      {@link QuantityUnit#KG}, {@link QuantityUnit#TABLETS} or {@link QuantityUnit#LITRES}
 * @param seizures  how many seizures the total is made of
 */
public record SeizureTotal(DrugType drugType, QuantityUnit unit, BigDecimal quantity, int seizures) {
}
