package org.liaison.engagements;

/**
 * Where a joint record stands between the two sides. The recording side shares it; the partner confirms it or
 * proposes a correction, which the recording side accepts (the record then reads as corrected, and is confirmed)
 * or rejects (the record stays as recorded, awaiting confirmation again). Both nodes show the same status.
 */
public enum JointStatus {
    /** Recorded by one side and shared; the partner has not confirmed it yet. */
    RECORDED,
    /** The partner confirmed the record as it reads now. */
    CONFIRMED,
    /** The partner proposed a correction; the recording side has not decided yet. */
    CORRECTION_PROPOSED
}
