package org.liaison.handovers;

import java.time.LocalDate;
import java.util.List;

/** Handover figures for the cooperation statistics. */
public interface Handovers {

    /**
     * The fugitives handed over between this agency and {@code partner}, by direction: handovers executed (or
     * executed and closed) whose handing-over day, in this node's time zone, lies in {@code from}..{@code to}
     * inclusive.
     */
    Figures count(LocalDate from, LocalDate to, String partner);

    /** The handovers {@link #count} counts, oldest first, so that a figure can name the records it is made of. */
    List<Executed> executed(LocalDate from, LocalDate to, String partner);

    record Executed(HandoverId id, Direction direction) {
    }

    record Figures(long toVietNam, long toChina) {

        public long total() {
            return toVietNam + toChina;
        }
    }
}
