package org.liaison.matching;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.liaison.matching.internal.InMemoryNameIndex;
import org.liaison.matching.internal.LuceneNameIndex;

/**
 * Identities kept searchable by name across scripts, screened one subject at a time. One interface so that the
 * embedded Lucene index ({@link #lucene(Path)}) and, for larger deployments, OpenSearch can stand behind it;
 * {@link #inMemory()} serves tests and small watchlists. Callers keep it in step with their records ({@link #put},
 * {@link #remove}) and rebuild it from the database on demand ({@link #replaceAll}).
 */
public interface NameIndex extends AutoCloseable {

    /** Adds the entry, or replaces the one with the same id. */
    void put(WatchlistEntry entry);

    /** Removes the entry with this id, if there is one. */
    void remove(String id);

    /** Replaces everything the index holds. */
    void replaceAll(Collection<WatchlistEntry> entries);

    /**
     * Replaces everything the index holds with entries read as they come (a rebuild from the database, a large file);
     * an index may then hold fewer of them in memory at once.
     */
    default void replaceAll(Stream<WatchlistEntry> entries) {
        replaceAll(entries.toList());
    }

    int size();

    /** Entries scoring at or above {@code threshold} against the subject, best first, at most {@code limit}. */
    List<Candidate> screen(Identity subject, double threshold, int limit);

    /**
     * Each subject screened as by {@link #screen(Identity, double, int)}, in order. An index may search once for the
     * subjects that share a name (a crossing list names many Nguyễn Thị Linh), then score each one's attributes.
     */
    default List<List<Candidate>> screenAll(List<Identity> subjects, double threshold, int limit) {
        return subjects.stream().map(s -> screen(s, threshold, limit)).toList();
    }

    /** Screening at the {@linkplain NameMatcher#OPERATING_THRESHOLD operating threshold}. */
    default List<Candidate> screen(Identity subject, int limit) {
        return screen(subject, NameMatcher.OPERATING_THRESHOLD, limit);
    }

    /** Releases what the index holds open (files, threads); nothing for an index in memory. */
    @Override
    default void close() {
    }

    /** An index in memory over {@link NameMatcher#standard()}. */
    static NameIndex inMemory() {
        return new InMemoryNameIndex();
    }

    /**
     * The embedded Lucene index kept in {@code directory} (e.g. {@code <data-dir>/index/names}), created if needed.
     * Every change is on disk when its call returns. An index built with other name keys or reading tables, or found
     * damaged, opens empty: rebuild it with {@link #replaceAll}. Close it when done.
     */
    static NameIndex lucene(Path directory) {
        return LuceneNameIndex.open(directory);
    }

    /** The Lucene index in memory, for tests and one-off batch screening. */
    static NameIndex luceneInMemory() {
        return LuceneNameIndex.inMemory();
    }
}
