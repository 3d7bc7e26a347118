package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.JointStatus;

/** One row of the records list. */
public record EngagementLine(UUID id, EngagementKind kind, LocalDate dated, String recordingAgency,
                             String partnerAgency, boolean own, JointStatus status, Details details) {
}
