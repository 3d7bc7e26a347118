package org.liaison.cooperation;

/**
 * A condition the sender of a report puts on its use. A report carries any combination of them, plus other
 * conditions written out. They travel with the report and the receiving node enforces them.
 */
public enum HandlingCondition {
    /** To be used only to prevent and fight crime. */
    CRIME_PREVENTION_ONLY,
    /** Not to be used as evidence in court without the sender's consent. */
    NOT_FOR_COURT_WITHOUT_CONSENT,
    /** Not to be passed on (to another unit, into a request) without the sender's consent. */
    NO_ONWARD_SHARING_WITHOUT_CONSENT
}
