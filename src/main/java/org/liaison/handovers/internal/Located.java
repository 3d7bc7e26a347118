package org.liaison.handovers.internal;

import java.time.LocalDate;

/** Where and when the holding side found the person. */
public record Located(LocalDate on, String place, String note) {
}
