package org.liaison.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Hits nobody confirmed (dismissed, or never reviewed) are kept only for a while: they hold the names of a person
 * and of a notice that turned out not to belong together. Confirmed hits stay with their person.
 */
public interface ScreeningRetention {

    /**
     * An unconfirmed hit, by id, status and when it was found (no names: listing it is no read of person data).
     *
     * @param status {@code NEW} or {@code DISMISSED}
     */
    record UnconfirmedHit(UUID id, String status, Instant found) {
    }

    /** Unconfirmed hits found before {@code cutoff}, oldest first. */
    List<UnconfirmedHit> unconfirmedFoundBefore(Instant cutoff);

    /**
     * Deletes the unconfirmed hits found before {@code cutoff} with their explanations; each deletion is an audit line
     * by {@code by} with the hit's id, status and date.
     *
     * @return the ids deleted
     */
    List<UUID> deleteUnconfirmedFoundBefore(Instant cutoff, String by);
}
