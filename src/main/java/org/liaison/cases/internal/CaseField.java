package org.liaison.cases.internal;

/** The parts of a case's shared core, named in proposals and in the history of what changed. */
public enum CaseField {
    CRIME_AREA,
    TITLE_VI,
    TITLE_ZH,
    SUMMARY,
    STATUS,
    UNITS,
    PERSONS,
    SEIZURES
}
