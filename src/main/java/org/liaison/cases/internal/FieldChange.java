package org.liaison.cases.internal;

/**
 * One field of a case's core as a proposal would change it: its value when the proposal was made and the value
 * proposed. Enumerations are written by name, units as {@code AGENCY/CODE} joined by commas.
 */
public record FieldChange(CaseField field, String from, String to) {
}
