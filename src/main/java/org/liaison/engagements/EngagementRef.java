package org.liaison.engagements;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One record behind a statistic, so that a figure can link to what it counts.
 *
 * @param dated           the day that places the record in a period: the talks' or visit's or course's first day,
 *                        the agreement's signing day
 * @param recordingAgency the side that recorded it; the other side holds a copy with the same id
 */
public record EngagementRef(UUID id, EngagementKind kind, LocalDate dated, String recordingAgency,
                            String partnerAgency, JointStatus status) {
}
