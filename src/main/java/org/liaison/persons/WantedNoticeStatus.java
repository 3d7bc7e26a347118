package org.liaison.persons;

/** Where a wanted notice stands. Only the issuing agency changes it; partners follow. */
public enum WantedNoticeStatus {
    /** In force: the person is sought. */
    ACTIVE,
    /** Called off by the issuing agency. */
    WITHDRAWN,
    /** Carried out: the person was arrested or handed over. */
    EXECUTED
}
