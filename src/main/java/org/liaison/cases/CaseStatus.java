package org.liaison.cases;

/** Where a joint case stands. Only the originating agency changes it; a closed case changes no more. */
public enum CaseStatus {
    OPEN,
    /** Work paused, e.g. while waiting for a suspect to cross back; it can be opened again. */
    SUSPENDED,
    /** Finished for good: nothing on it changes any more, on either side. */
    CLOSED
}
