package org.liaison.cooperation;

/**
 * How much of an information report an officer may see (need to know). Other modules that show reports, or what
 * is in them, ask {@link Cooperation#access} and show no more than it allows.
 */
public enum ReportAccess {
    /**
     * Everything: officers and supervisors of the unit the report belongs to on this side (the unit it was addressed
     * to, or the unit that sent it), of a unit it was passed on to, its writer, the officer it is assigned to, an
     * officer a supervisor of the unit granted need to know, and auditors.
     */
    FULL,
    /**
     * That it exists and how to ask for it: kind, reference, date, crime area, the agencies and units, the handling
     * conditions. Not the title, text, place, persons, files, grading or thread. Any other officer of the agency.
     */
    REDACTED,
    /** Nothing: no such report, an administrator (no person data), or an officer of another agency. */
    NONE;

    public boolean full() {
        return this == FULL;
    }
}
