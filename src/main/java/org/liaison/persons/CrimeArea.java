package org.liaison.persons;

/** The crime areas the two sides cooperate on (the taxonomy of the coordination regulation). */
public enum CrimeArea {
    COUNTER_TERRORISM,
    DRUGS,
    HUMAN_TRAFFICKING,
    TELECOM_FRAUD,
    FUGITIVE_HUNTING,
    ILLEGAL_IMMIGRATION,
    ECONOMIC_CRIME,
    /** Illicit trade in firearms and ammunition. */
    FIREARMS,
    /** Protection of key infrastructure projects. */
    KEY_INFRASTRUCTURE,
    OTHER
}
