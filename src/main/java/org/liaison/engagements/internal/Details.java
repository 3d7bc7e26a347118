package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.List;
import org.liaison.engagements.EngagementKind;

/**
 * What a joint record says, checked: one of the four kinds. Both sides hold the same details; a correction is
 * another version of them.
 */
public sealed interface Details permits Talks, Visit, TrainingCourse, Agreement {

    EngagementKind kind();

    /** The day that places the record in a period (first day, or the signing day). */
    LocalDate dated();

    /** The same details as raw input, so received and seeded records pass the checks typed ones do. */
    Draft toDraft();

    /** The people named in the record (delegates, members, trainees, signatories). */
    List<Participant> participants();
}
