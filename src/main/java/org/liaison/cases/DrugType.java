package org.liaison.cases;

/** The drugs seizures are reported in, as the counter-narcotics divisions count them. */
public enum DrugType {
    HEROIN,
    /** "Yaba" tablets, counted or weighed. */
    METHAMPHETAMINE_TABLETS,
    /** Crystal methamphetamine ("ice"). */
    CRYSTAL_METHAMPHETAMINE,
    KETAMINE,
    OPIUM,
    CANNABIS,
    OTHER
}
