package org.liaison.matching;

/**
 * One identity a name index holds, under the id its owner gives it (a person record, a wanted notice), so that a hit
 * leads back to the record.
 */
public record WatchlistEntry(String id, Identity identity) {

    public WatchlistEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a watchlist entry needs an id, got " + (id == null ? "null" : "'" + id + "'"));
        }
        if (identity == null) {
            throw new IllegalArgumentException("watchlist entry " + id + " has no identity");
        }
    }
}
