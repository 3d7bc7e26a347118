package org.liaison.directory;

/** The kind of a unit inside an agency. */
public enum UnitKind {
    /** The provincial department / bureau itself. */
    DEPARTMENT,
    /** A Border Liaison Office. */
    BLO,
    /** A division or office, e.g. counter-narcotics. */
    DIVISION,
    /** The police of a border district. */
    DISTRICT,
    /** A police counselor's office at an embassy. */
    EMBASSY,
    OTHER
}
