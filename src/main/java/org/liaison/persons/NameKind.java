package org.liaison.persons;

/** What a name is to the person. */
public enum NameKind {
    /** The name the person is known by (one per script at most is usual, at least one is required). */
    PRIMARY,
    /** Another name the person uses or is called: a nickname, a false name. */
    ALIAS,
    /** The name exactly as written on an identity document. */
    AS_ON_DOCUMENT
}
