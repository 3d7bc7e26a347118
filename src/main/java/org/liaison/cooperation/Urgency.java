package org.liaison.cooperation;

/** How fast a request wants its answer; urgent requests get the shorter default deadline. */
public enum Urgency {
    NORMAL,
    URGENT
}
