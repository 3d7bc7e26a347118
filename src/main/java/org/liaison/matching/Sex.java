package org.liaison.matching;

/** Sex as recorded on an identity document; unknown is {@code null}. */
public enum Sex {
    MALE, FEMALE
}
