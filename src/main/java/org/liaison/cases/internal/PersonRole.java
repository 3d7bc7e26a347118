package org.liaison.cases.internal;

/** What a linked person is to the case. */
public enum PersonRole {
    SUSPECT,
    VICTIM,
    WITNESS,
    OTHER
}
