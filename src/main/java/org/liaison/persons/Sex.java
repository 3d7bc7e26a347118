package org.liaison.persons;

/** A person's sex as recorded; {@link #UNKNOWN} when the source does not say. */
public enum Sex {
    MALE,
    FEMALE,
    UNKNOWN
}
