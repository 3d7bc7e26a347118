package org.liaison.handovers.internal;

import java.time.Instant;
import java.util.List;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.persons.PersonName;

/**
 * A handover in a list.
 *
 * @param gateCode null until a gate was proposed
 * @param date     the day of the handover once executed, else the day it was requested
 */
public record HandoverLine(HandoverId id, List<PersonName> personNames, Direction direction, HandoverStatus status,
                           String requestingAgency, String holdingAgency, String gateCode, Instant date,
                           boolean executed) {
}
