package org.liaison.matching;

import java.util.Collection;
import java.util.List;

import org.liaison.matching.internal.InMemoryNameIndex;

/**
 * Identities kept searchable by name across scripts, screened one subject at a time. One interface so that the
 * embedded Lucene index and, for larger deployments, OpenSearch can stand behind it; {@link #inMemory()} serves tests
 * and small watchlists. Callers keep it in step with their records ({@link #put}, {@link #remove}) and rebuild it from
 * the database on demand ({@link #replaceAll}).
 */
public interface NameIndex {

    /** Adds the entry, or replaces the one with the same id. */
    void put(WatchlistEntry entry);

    /** Removes the entry with this id, if there is one. */
    void remove(String id);

    /** Replaces everything the index holds. */
    void replaceAll(Collection<WatchlistEntry> entries);

    int size();

    /** Entries scoring at or above {@code threshold} against the subject, best first, at most {@code limit}. */
    List<Candidate> screen(Identity subject, double threshold, int limit);

    /** Screening at the {@linkplain NameMatcher#OPERATING_THRESHOLD operating threshold}. */
    default List<Candidate> screen(Identity subject, int limit) {
        return screen(subject, NameMatcher.OPERATING_THRESHOLD, limit);
    }

    /** An index in memory over {@link NameMatcher#standard()}. */
    static NameIndex inMemory() {
        return new InMemoryNameIndex();
    }
}
