package org.liaison.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.liaison.matching.Candidate;
import org.liaison.matching.Identity;
import org.liaison.matching.NameIndex;
import org.liaison.matching.NameMatch;
import org.liaison.matching.WatchlistEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NameIndex} in an embedded Lucene index, on disk or in memory. Each entry is a document holding the
 * {@link NameKeys} of every way of reading its name as terms, the weight of each way, and its name, birth date, sex and
 * nationality as doc values. A subject is searched under the combinations of its parts that {@link Blocking} says an
 * entry must share to reach the threshold; the entries found are re-scored by the {@link CrossScriptNameMatcher} (each
 * distinct name once) and cut at the threshold, so the index returns exactly what comparing the subject with every
 * entry would.
 *
 * <p>Every change is committed before {@link #put}, {@link #remove} or {@link #replaceAll} returns, and screening sees
 * it from then on: after a crash the index on disk holds every change that returned. {@code replaceAll} is one commit:
 * a crash during it leaves the previous contents. An index written with other keys (another key format or other
 * reading tables) or found damaged is started empty, to be rebuilt by its owner. Screening runs concurrently with
 * itself and with changes.
 */
public final class LuceneNameIndex implements NameIndex {

    private static final Logger log = LoggerFactory.getLogger(LuceneNameIndex.class);

    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String ATTRIBUTES = "attributes";
    private static final String KEY = "key";
    private static final String WAY_WEIGHT = "way_weight";
    /** Commit data naming the keys the index was built with; bump the version when {@link NameKeys} changes. */
    private static final String KEYS = "liaison.name-keys";
    private static final String KEYS_VERSION = "1/";
    private static final int BATCH = 512;

    private final Directory directory;
    private final String keysFormat;
    private final CrossScriptNameMatcher matcher = (CrossScriptNameMatcher) CrossScriptNameMatcher.shared();
    /** Changes one at a time: replaceAll must not interleave with put. */
    private final ReentrantLock changing = new ReentrantLock();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;

    private LuceneNameIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.keysFormat = KEYS_VERSION + ReadingTables.fingerprint();
        openWriter(true);
    }

    /** The index kept in {@code dir} (created if needed). */
    public static LuceneNameIndex open(Path dir) {
        try {
            return new LuceneNameIndex(FSDirectory.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the name index in " + dir, e);
        }
    }

    /** An index in memory, for tests and one-off batch screening. */
    public static LuceneNameIndex inMemory() {
        try {
            return new LuceneNameIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openWriter(boolean keepContents) throws IOException {
        IndexWriterConfig.OpenMode mode = keepContents && builtWithTheseKeys()
                ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE;
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(mode).setRAMBufferSizeMB(128);
        IndexWriter w = new IndexWriter(directory, config);
        w.setLiveCommitData(Map.of(KEYS, keysFormat).entrySet());
        w.commit();
        writer = w;
        searchers = new SearcherManager(w, null);
    }

    private boolean builtWithTheseKeys() throws IOException {
        if (!DirectoryReader.indexExists(directory)) return false;
        try {
            String format = SegmentInfos.readLatestCommit(directory).getUserData().get(KEYS);
            if (keysFormat.equals(format)) return true;
            log.warn("The name index in {} was built with other name keys ({}, now {}); it starts empty and must be rebuilt",
                    directory, format, keysFormat);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            log.warn("The name index in {} cannot be read ({}); it starts empty and must be rebuilt", directory, e.toString());
        }
        return false;
    }

    @Override
    public void put(WatchlistEntry entry) {
        Document doc = document(entry);
        change(() -> writer.updateDocument(new Term(ID, entry.id()), doc));
    }

    @Override
    public void remove(String id) {
        change(() -> writer.deleteDocuments(new Term(ID, id)));
    }

    @Override
    public void replaceAll(Collection<WatchlistEntry> entries) {
        replaceAll(entries.stream());
    }

    /**
     * Indexes the entries on as many threads as there are processors while the stream is read, and commits once:
     * screening sees the old contents until then.
     */
    @Override
    public void replaceAll(Stream<WatchlistEntry> entries) {
        change(() -> {
            writer.deleteAll();
            int threads = Runtime.getRuntime().availableProcessors();
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "name-index-build");
                t.setDaemon(true);
                return t;
            });
            Semaphore queued = new Semaphore(threads * 2);
            List<Future<?>> running = new ArrayList<>();
            try {
                Iterator<WatchlistEntry> it = entries.iterator();
                while (it.hasNext()) {
                    List<WatchlistEntry> batch = new ArrayList<>(BATCH);
                    while (it.hasNext() && batch.size() < BATCH) batch.add(it.next());
                    queued.acquire();
                    running.add(pool.submit(() -> {
                        try {
                            for (WatchlistEntry e : batch) writer.updateDocument(new Term(ID, e.id()), document(e));
                            return null;
                        } finally {
                            queued.release();
                        }
                    }));
                    for (Iterator<Future<?>> f = running.iterator(); f.hasNext(); ) {
                        Future<?> batchDone = f.next();
                        if (batchDone.isDone()) {
                            batchDone.get(); // a failed batch stops the replacement now
                            f.remove();
                        }
                    }
                }
                for (Future<?> f : running) f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        });
    }

    private interface Change {
        void apply() throws Exception;
    }

    /** Applies, commits and makes the change visible; on failure rolls back to the last commit and rethrows. */
    private void change(Change change) {
        changing.lock();
        try {
            change.apply();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (Exception e) {
            try {
                searchers.close();
                writer.rollback();
                openWriter(true);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            if (e instanceof RuntimeException r) throw r;
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new IllegalStateException("name index change failed and was rolled back: " + e, e);
        } finally {
            changing.unlock();
        }
    }

    private Document document(WatchlistEntry entry) {
        Identity identity = entry.identity();
        Document doc = new Document();
        doc.add(new KeywordField(ID, entry.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(NAME, new BytesRef(identity.name())));
        doc.add(new NumericDocValuesField(ATTRIBUTES, PackedAttributes.pack(identity)));
        Set<String> keys = new HashSet<>();
        Set<Integer> weights = new HashSet<>();
        for (NameKeys.Way way : NameKeys.of(matcher.readings(identity.name()), matcher.tables())) {
            weights.add(way.halfWeights());
            way.parts().forEach(p -> keys.addAll(p.keys()));
        }
        for (String key : keys) doc.add(new StringField(KEY, key, Field.Store.NO));
        for (int w : weights) doc.add(new IntField(WAY_WEIGHT, w, Field.Store.NO));
        return doc;
    }

    @Override
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public List<Candidate> screen(Identity subject, double threshold, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        PreparedIdentity prepared = matcher.prepare(subject);
        Query query = query(prepared, threshold);
        if (query == null) return List.of();
        return withSearcher(searcher -> {
            List<Hit> hits = searcher.search(query, new HitCollectors());
            return rescore(prepared, hits, threshold, limit);
        });
    }

    /** The entries worth scoring: those meeting one of the subject's {@link Blocking} requirements. */
    private Query query(PreparedIdentity subject, double threshold) {
        double target = threshold - AttributeComparison.maxBonus(subject.identity());
        if (target <= 0) return new MatchAllDocsQuery();
        Set<Query> clauses = new LinkedHashSet<>();
        for (NameKeys.Way way : NameKeys.of(subject.readings(), matcher.tables())) {
            double[] weights = way.parts().stream().mapToDouble(NameKeys.PartKeys::weight).toArray();
            for (Blocking.Requirement r : Blocking.of(weights, target)) {
                clauses.add(clause(way, r));
            }
        }
        if (clauses.isEmpty()) return null;
        if (clauses.size() == 1) return clauses.iterator().next();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(c -> any.add(c, Occur.SHOULD));
        return any.build();
    }

    private static Query clause(NameKeys.Way way, Blocking.Requirement r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean all = r.minimumShared() == r.parts().size();
        for (int i : r.parts()) {
            List<BytesRef> keys = way.parts().get(i).keys().stream().map(BytesRef::new).toList();
            b.add(new TermInSetQuery(KEY, keys), all ? Occur.FILTER : Occur.SHOULD);
        }
        if (!all) b.setMinimumNumberShouldMatch(r.minimumShared());
        if (!r.anyWeight()) b.add(IntField.newRangeQuery(WAY_WEIGHT, r.minHalfWeights(), r.maxHalfWeights()), Occur.FILTER);
        return b.build();
    }

    /** A document found, with what re-scoring needs; ordinals resolve through the leaf's doc values. */
    private record Hit(LeafValues leaf, int nameOrd, long idOrd, long attributes) {
        String name() throws IOException {
            return leaf.name(nameOrd);
        }
    }

    private static final class LeafValues {
        final SortedDocValues names;
        final SortedSetDocValues ids;
        final NumericDocValues attributes;
        private final Map<Integer, String> nameOf = new HashMap<>();

        LeafValues(LeafReaderContext leaf) throws IOException {
            names = DocValues.getSorted(leaf.reader(), NAME);
            ids = DocValues.getSortedSet(leaf.reader(), ID);
            attributes = DocValues.getNumeric(leaf.reader(), ATTRIBUTES);
        }

        String name(int ord) throws IOException {
            String name = nameOf.get(ord);
            if (name == null) {
                name = names.lookupOrd(ord).utf8ToString();
                nameOf.put(ord, name);
            }
            return name;
        }
    }

    private static final class HitCollector extends SimpleCollector {
        final List<Hit> hits = new ArrayList<>();
        private LeafValues leaf;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            leaf = new LeafValues(context);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!leaf.names.advanceExact(doc) || !leaf.ids.advanceExact(doc)) {
                throw new IllegalStateException("name index document " + doc + " has no name or id");
            }
            long attributes = leaf.attributes.advanceExact(doc) ? leaf.attributes.longValue() : 0;
            hits.add(new Hit(leaf, leaf.names.ordValue(), leaf.ids.nextOrd(), attributes));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static final class HitCollectors implements CollectorManager<HitCollector, List<Hit>> {
        @Override
        public HitCollector newCollector() {
            return new HitCollector();
        }

        @Override
        public List<Hit> reduce(Collection<HitCollector> collectors) {
            List<Hit> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.hits));
            return all;
        }
    }

    /** Scores each distinct name once, then each entry's attributes; keeps those at the threshold, best first. */
    private List<Candidate> rescore(PreparedIdentity subject, List<Hit> hits, double threshold, int limit) throws IOException {
        Map<String, Alignment> byName = new HashMap<>();
        List<Candidate> found = new ArrayList<>();
        for (Hit hit : hits) {
            String name = hit.name();
            Alignment names = byName.get(name);
            if (names == null) {
                names = matcher.align(subject.readings(), matcher.readings(name));
                byName.put(name, names);
            }
            Identity identity = PackedAttributes.identity(name, hit.attributes());
            NameMatch match = CrossScriptNameMatcher.withAttributes(names, subject.identity(), identity);
            if (match.score() >= threshold) {
                String id = hit.leaf().ids.lookupOrd(hit.idOrd()).utf8ToString();
                found.add(new Candidate(new WatchlistEntry(id, identity), match));
            }
        }
        found.sort(Comparator.comparingDouble((Candidate c) -> c.match().score()).reversed()
                .thenComparing(c -> c.entry().id()));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private interface Search<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Search<T> search) {
        try {
            return search(search);
        } catch (AlreadyClosedException e) {
            return search(search); // a failed change reopened the index meanwhile
        }
    }

    private <T> T search(Search<T> search) {
        SearcherManager manager = searchers;
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return search.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("name index search failed", e);
        }
    }

    @Override
    public void close() {
        changing.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the name index", e);
        } finally {
            changing.unlock();
        }
    }
}
