package org.liaison.matching;

/** A watchlist entry that screening found for a subject, with the score and the evidence. */
public record Candidate(WatchlistEntry entry, NameMatch match) {
}
