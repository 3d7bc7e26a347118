package org.liaison.cooperation;

/** What a request asks the partner to do. */
public enum RequestType {
    LOCATE_PERSON,
    VERIFY_IDENTITY,
    REQUEST_INFORMATION,
    /** Provisional arrest on a wanted notice; such a request names the notice. */
    PROVISIONAL_ARREST,
    HANDOVER,
    OTHER
}
