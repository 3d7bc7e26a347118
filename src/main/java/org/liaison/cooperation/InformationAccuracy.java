package org.liaison.cooperation;

/** The second half of the 4x4 grading: how accurate the information is, graded 1 to 4. */
public enum InformationAccuracy {
    /** 1: known to be true without reservation. */
    KNOWN_TRUE(1),
    /** 2: known personally to the source but not to the officer passing it on. */
    KNOWN_TO_SOURCE(2),
    /** 3: not known personally to the source, but corroborated by information already recorded. */
    CORROBORATED(3),
    /** 4: not known personally to the source and cannot be corroborated. */
    NOT_CORROBORATED(4);

    private final int grade;

    InformationAccuracy(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }
}
