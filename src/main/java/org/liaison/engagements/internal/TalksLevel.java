package org.liaison.engagements.internal;

/** At which level two sides meet. */
public enum TalksLevel {
    /** Between the Border Liaison Offices. */
    BLO,
    /** Between the provincial department and the regional bureau. */
    PROVINCIAL,
    /** Through the police counselor at the embassy. */
    EMBASSY_CHANNEL,
    /** A regional meeting of border areas (e.g. Nanning, December 2016). */
    REGIONAL_MEETING
}
