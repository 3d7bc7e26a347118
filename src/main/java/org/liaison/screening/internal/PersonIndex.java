package org.liaison.screening.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.liaison.matching.Candidate;
import org.liaison.matching.Identity;
import org.liaison.matching.NameIndex;
import org.liaison.matching.WatchlistEntry;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The node's persons, own and received, in the {@link NameIndex}: one entry per name ({@code <person id>#<n>}) with
 * the person's birth date, sex and nationality, so that a hit on any name is a hit on the person. Kept in step with
 * the records as they change ({@link #refresh}) and rebuilt from the database at start and on demand, in the
 * background with progress; while a rebuild runs, the index keeps answering from what it held before.
 */
@Component
public class PersonIndex {

    private static final Logger log = LoggerFactory.getLogger(PersonIndex.class);

    /** The reader named in the audit log for the module's own reads. */
    public static final String SYSTEM = "system:screening";

    /** Which records a screen looks at. */
    public enum Scope {
        ALL, OWN, RECEIVED;

        boolean admits(boolean own) {
            return this == ALL || (this == OWN) == own;
        }
    }

    /** A person the index found, with its best-matching name and the subject's name it matched. */
    public record PersonCandidate(PersonId person, boolean own, Identity subject, Candidate best) {

        public double score() {
            return best.match().score();
        }

        /** The person's name that matched, as written in the record. */
        public Identity matched() {
            return best.entry().identity();
        }
    }

    /**
     * A rebuild, running or done.
     *
     * @param total persons to index, as counted when it started
     * @param done  persons read so far
     */
    public record Rebuild(Instant started, String by, long total, long done, Instant finished, boolean failed) {

        public boolean running() {
            return finished == null;
        }

        public int percent() {
            return total == 0 ? (running() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    /** What the index holds and how the last rebuild went (null before the first). */
    public record Status(int persons, int names, Rebuild rebuild) {
    }

    private record Indexed(boolean own, int names) {
    }

    private final NameIndex index;
    private final Persons persons;
    private final NodeProperties node;
    private final Map<UUID, Indexed> indexed = new ConcurrentHashMap<>();
    /** Persons written while a rebuild was reading: put again once its entries replace the index. */
    private final Set<UUID> changedDuringRebuild = ConcurrentHashMap.newKeySet();
    /** Serialises writes to the index, so that a person's entries change as one. */
    private final Object writes = new Object();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screening-index-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch firstBuild = new CountDownLatch(1);
    private volatile Rebuild rebuild;

    PersonIndex(NameIndex index, Persons persons, NodeProperties node) {
        this.index = index;
        this.persons = persons;
        this.node = node;
    }

    /**
     * Reads a person record again and puts its names in the index (an audited read by {@value #SYSTEM}); returns
     * the record, or empty when there is none.
     */
    public Optional<PersonSnapshot> refresh(PersonId id) {
        synchronized (writes) {
            Optional<PersonSnapshot> p = persons.person(id, SYSTEM);
            p.ifPresent(this::put);
            if (rebuilding()) {
                changedDuringRebuild.add(id.value());
            }
            return p;
        }
    }

    private void put(PersonSnapshot p) {
        boolean own = p.originAgency().equals(node.agency());
        List<WatchlistEntry> entries = entries(p);
        entries.forEach(index::put);
        Indexed before = indexed.put(p.id().value(), new Indexed(own, entries.size()));
        for (int n = entries.size(); before != null && n < before.names(); n++) {
            index.remove(entryId(p.id().value(), n));
        }
    }

    /**
     * Takes an expired person's names out of the index (and out of what a rebuild under way would put back: it
     * reads the person again at its end and finds none).
     */
    public void forget(PersonId id) {
        synchronized (writes) {
            remove(id.value());
            if (rebuilding()) {
                changedDuringRebuild.add(id.value());
            }
        }
    }

    private void remove(UUID person) {
        Indexed before = indexed.remove(person);
        for (int n = 0; before != null && n < before.names(); n++) {
            index.remove(entryId(person, n));
        }
    }

    private static List<WatchlistEntry> entries(PersonSnapshot p) {
        List<Identity> identities = Identities.of(p);
        List<WatchlistEntry> entries = new ArrayList<>(identities.size());
        for (int n = 0; n < identities.size(); n++) {
            entries.add(new WatchlistEntry(entryId(p.id().value(), n), identities.get(n)));
        }
        return entries;
    }

    static String entryId(UUID person, int n) {
        return person + "#" + n;
    }

    static UUID personOf(String entryId) {
        return UUID.fromString(entryId.substring(0, entryId.indexOf('#')));
    }

    /**
     * Starts a rebuild in the background, unless one is running; returns the running one. The read of every record
     * is one audit line by {@code by} (see {@link Persons#everyPerson}).
     */
    public Rebuild rebuild(String by) {
        synchronized (writes) {
            if (rebuilding()) {
                return rebuild;
            }
            rebuild = new Rebuild(Instant.now(), by, persons.personCount(), 0, null, false);
            builder.submit(() -> build(by));
            return rebuild;
        }
    }

    private boolean rebuilding() {
        Rebuild r = rebuild;
        return r != null && r.running();
    }

    private void build(String by) {
        Rebuild started = rebuild;
        AtomicLong done = new AtomicLong();
        try {
            List<WatchlistEntry> entries = new ArrayList<>();
            Map<UUID, Indexed> fresh = new LinkedHashMap<>();
            persons.everyPerson(by, "indexed", p -> {
                List<WatchlistEntry> mine = entries(p);
                entries.addAll(mine);
                fresh.put(p.id().value(), new Indexed(p.originAgency().equals(node.agency()), mine.size()));
                long n = done.incrementAndGet();
                if (n % 100 == 0) {
                    rebuild = new Rebuild(started.started(), by, Math.max(started.total(), n), n, null, false);
                }
            });
            synchronized (writes) {
                index.replaceAll(entries);
                indexed.clear();
                indexed.putAll(fresh);
                rebuild = new Rebuild(started.started(), by, Math.max(started.total(), done.get()), done.get(),
                        Instant.now(), false);
                for (UUID id : List.copyOf(changedDuringRebuild)) {
                    persons.person(new PersonId(id), SYSTEM).ifPresentOrElse(this::put, () -> remove(id));
                }
                changedDuringRebuild.clear();
            }
            log.info("Name index rebuilt by {}: {} persons, {} names in {} ms", by, done.get(), entries.size(),
                    Duration.between(started.started(), Instant.now()).toMillis());
        } catch (RuntimeException e) {
            log.error("Name index rebuild failed after {} persons", done.get(), e);
            rebuild = new Rebuild(started.started(), by, started.total(), done.get(), Instant.now(), true);
        } finally {
            firstBuild.countDown();
        }
    }

    /**
     * Waits until the index was built once since the node started, so that an automatic screen does not miss a person
     * only because the index was still filling. False when that takes longer than {@code timeout}.
     */
    public boolean awaitFirstBuild(Duration timeout) {
        try {
            return firstBuild.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean built() {
        return firstBuild.getCount() == 0;
    }

    public Status status() {
        return new Status(indexed.size(), index.size(), rebuild);
    }

    /** The persons in {@code scope} whose names match any of the subject's, best first, at most {@code limit}. */
    public List<PersonCandidate> screen(Collection<Identity> subjects, Scope scope, double threshold, int limit) {
        Map<UUID, PersonCandidate> best = new LinkedHashMap<>();
        for (Identity subject : subjects) {
            // entries of other scopes and further names of the same person take places in the index's answer
            for (Candidate c : index.screen(subject, threshold, Math.max(50, limit * 5))) {
                UUID person = personOf(c.entry().id());
                Indexed ix = indexed.get(person);
                if (ix == null || !scope.admits(ix.own())) {
                    continue;
                }
                PersonCandidate found = new PersonCandidate(new PersonId(person), ix.own(), subject, c);
                best.merge(person, found, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return best.values().stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .limit(limit)
                .toList();
    }

    /** The received (partners') persons the index holds. */
    public List<PersonId> receivedPersons() {
        return indexed.entrySet().stream().filter(e -> !e.getValue().own()).map(e -> new PersonId(e.getKey())).toList();
    }

    /**
     * Lets a running rebuild finish before the database closes: interrupting a thread in the middle of the embedded
     * database's file I/O closes its file channel, and the database's last writes then fail ("Writing to
     * FileChannel failed"), as short-lived commands that close right after starting showed.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        builder.shutdown();
        if (!builder.awaitTermination(60, TimeUnit.SECONDS)) {
            builder.shutdownNow();
        }
    }
}
