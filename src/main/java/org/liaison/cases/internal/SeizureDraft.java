package org.liaison.cases.internal;

/**
 * A seizure as typed, not yet checked.
 *
 * @param quantity a decimal number written with a point, e.g. {@code 1.25}
 * @param seizedOn {@code yyyy-MM-dd}
 */
public record SeizureDraft(String drugType, String quantity, String unit, String place, String seizedOn,
                           String seizingAgency) {
}
