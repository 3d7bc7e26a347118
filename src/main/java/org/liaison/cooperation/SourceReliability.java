package org.liaison.cooperation;

/** The first half of the 4x4 grading: how reliable the source is. */
public enum SourceReliability {
    /** No doubt about the source's authenticity, trustworthiness and competence, or always reliable so far. */
    A,
    /** Mostly reliable so far. */
    B,
    /** Mostly not reliable so far. */
    C,
    /** Reliability cannot be judged. */
    X
}
