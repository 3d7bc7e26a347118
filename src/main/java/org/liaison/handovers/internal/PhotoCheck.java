package org.liaison.handovers.internal;

/** The result of comparing the person with the photo on the notice and their documents. */
public enum PhotoCheck {
    MATCHES,
    DOES_NOT_MATCH,
    NO_PHOTO
}
