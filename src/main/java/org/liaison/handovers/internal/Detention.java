package org.liaison.handovers.internal;

import java.time.LocalDate;

/** The arrest or detention: date, place, and the authority that holds the person. */
public record Detention(LocalDate on, String place, String authority) {
}
