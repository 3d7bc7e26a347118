package org.liaison.statistics.internal;

import java.time.LocalDate;

/** A period (both days included) with one partner agency, as the figures are made for. */
public record Period(String partner, LocalDate from, LocalDate to) {

    /** How the audit log names it, e.g. {@code CN-GX:2017-01-01..2017-10-31}. */
    String name() {
        return partner + ":" + from + ".." + to;
    }
}
