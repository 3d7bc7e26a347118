package org.liaison.matching.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.liaison.matching.Candidate;
import org.liaison.matching.IdNumber;
import org.liaison.matching.Identity;
import org.liaison.matching.NameIndex;
import org.liaison.matching.NameMatch;
import org.liaison.matching.WatchlistEntry;

/**
 * {@link NameIndex} in memory: an inverted index from {@link NameKeys} to entries picks the entries that share keys
 * with at least half of a subject's name parts, or a document number, and the scorer ranks those. For tests and watchlists of some
 * thousands; the Lucene index takes over beyond that.
 */
public final class InMemoryNameIndex implements NameIndex {

    /** Entries scored per subject at most, those sharing a document number or the most name parts first. */
    static final int MAX_SCORED = 500;
    /** Prefix of a document number's key, apart from the {@link NameKeys} spaces. */
    private static final String ID_NUMBER_KEY = "#";

    private final CrossScriptNameMatcher matcher;
    private final Map<String, Stored> entries = new HashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private record Stored(WatchlistEntry entry, PreparedIdentity prepared, Set<String> keys) {
    }

    public InMemoryNameIndex() {
        this.matcher = (CrossScriptNameMatcher) CrossScriptNameMatcher.shared();
    }

    @Override
    public void put(WatchlistEntry entry) {
        Stored stored = store(entry);
        lock.writeLock().lock();
        try {
            unindex(entry.id());
            entries.put(entry.id(), stored);
            for (String key : stored.keys()) {
                postings.computeIfAbsent(key, k -> new HashSet<>()).add(entry.id());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Stored store(WatchlistEntry entry) {
        PreparedIdentity prepared = matcher.prepare(entry.identity());
        Set<String> keys = new HashSet<>();
        NameKeys.of(prepared.readings(), matcher.tables(), NameKeys.Side.ENTRY).forEach(way -> way.parts().forEach(p -> keys.addAll(p.keys())));
        entry.identity().idNumbers().forEach(n -> keys.add(ID_NUMBER_KEY + n.number()));
        return new Stored(entry, prepared, keys);
    }

    @Override
    public void remove(String id) {
        lock.writeLock().lock();
        try {
            unindex(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void unindex(String id) {
        Stored old = entries.remove(id);
        if (old == null) return;
        for (String key : old.keys()) {
            Set<String> ids = postings.get(key);
            if (ids != null && ids.remove(id) && ids.isEmpty()) postings.remove(key);
        }
    }

    @Override
    public void replaceAll(Collection<WatchlistEntry> all) {
        List<Stored> stored = all.stream().map(this::store).toList();
        lock.writeLock().lock();
        try {
            entries.clear();
            postings.clear();
            for (Stored s : stored) {
                unindex(s.entry().id());
                entries.put(s.entry().id(), s);
                for (String key : s.keys()) {
                    postings.computeIfAbsent(key, k -> new HashSet<>()).add(s.entry().id());
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Candidate> screen(Identity subject, double threshold, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        PreparedIdentity prepared = matcher.prepare(subject);
        List<NameKeys.Way> ways = NameKeys.of(prepared.readings(), matcher.tables(), NameKeys.Side.SUBJECT);
        List<Stored> shortlist;
        lock.readLock().lock();
        try {
            // per entry, the most parts of one reading of the subject that it shares a key with
            Map<String, Integer> shared = new HashMap<>();
            for (NameKeys.Way way : ways) {
                List<NameKeys.PartKeys> parts = way.parts();
                Map<String, Integer> hits = new HashMap<>();
                for (NameKeys.PartKeys part : parts) {
                    Set<String> ids = new HashSet<>();
                    for (String key : part.keys()) {
                        ids.addAll(postings.getOrDefault(key, Set.of()));
                    }
                    ids.forEach(id -> hits.merge(id, 1, Integer::sum));
                }
                int needed = (parts.size() + 1) / 2;
                hits.forEach((id, n) -> {
                    if (n >= needed) shared.merge(id, n, Math::max);
                });
            }
            for (IdNumber n : subject.idNumbers()) {
                postings.getOrDefault(ID_NUMBER_KEY + n.number(), Set.of()).forEach(id -> shared.put(id, Integer.MAX_VALUE));
            }
            shortlist = shared.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(MAX_SCORED)
                    .map(e -> entries.get(e.getKey()))
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
        List<Candidate> found = new ArrayList<>();
        for (Stored s : shortlist) {
            NameMatch match = matcher.compare(prepared, s.prepared());
            if (match.score() >= threshold) found.add(new Candidate(s.entry(), match));
        }
        found.sort(Comparator.comparingDouble((Candidate c) -> c.match().score()).reversed()
                .thenComparing(c -> c.entry().id()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }
}
