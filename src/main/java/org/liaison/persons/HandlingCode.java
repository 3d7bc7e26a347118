package org.liaison.persons;

/** What the owner of a record allows others to do with it; travels with every shared copy. */
public enum HandlingCode {
    /** Police and other law enforcement only. */
    LAW_ENFORCEMENT_ONLY,
    /** The receiving agency must not pass it on to anyone else. */
    NO_ONWARD_SHARING,
    /** Not to be used as evidence in court without the owner's consent. */
    NOT_FOR_COURT_WITHOUT_CONSENT,
    /** Stays on the own node: never shared with a partner agency. */
    OWN_AGENCY_ONLY;

    public boolean allowsSharing() {
        return this != OWN_AGENCY_ONLY;
    }
}
