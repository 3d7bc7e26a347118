package org.liaison.screening.internal;

/** Where a hit stands: waiting for an officer, or reviewed one way or the other (for good). */
public enum HitStatus {
    NEW,
    CONFIRMED,
    DISMISSED
}
