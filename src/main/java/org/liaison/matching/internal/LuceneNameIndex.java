package org.liaison.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.liaison.matching.Candidate;
import org.liaison.matching.IdNumber;
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
    private static final String ID_VALUE = "id_value";
    private static final String NAME = "name";
    private static final String ATTRIBUTES = "attributes";
    private static final String KEY = "key";
    /** Two keys of two different parts of one way of reading, as one term: finds entries sharing both parts at once. */
    private static final String PAIR = "pair";
    private static final String WAY_WEIGHT = "way_weight";
    private static final String PARTS = "parts";
    /** Identity document numbers: terms to find an entry by, and doc values to score it with. */
    private static final String ID_NUMBER = "id_number";
    private static final String ID_NUMBERS = "id_numbers";
    /** Commit data naming the keys the index was built with; bump the version when {@link NameKeys} changes. */
    private static final String KEYS = "liaison.name-keys";
    private static final String KEYS_VERSION = "8/";
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
        searchers = new SearcherManager(w, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // the clauses differ from subject to subject; caching them would cost more than it saves
                searcher.setQueryCache(null);
                return searcher;
            }
        });
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
                // one segment: a screen looks up each of its terms once per segment, and reads each name once
                writer.forceMerge(1);
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
        doc.add(new StringField(ID, entry.id(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(ID_VALUE, new BytesRef(entry.id())));
        doc.add(new SortedDocValuesField(NAME, new BytesRef(identity.name())));
        doc.add(new NumericDocValuesField(ATTRIBUTES, PackedAttributes.pack(identity)));
        if (!identity.idNumbers().isEmpty()) {
            identity.idNumbers().forEach(n -> doc.add(new StringField(ID_NUMBER, n.number(), Field.Store.NO)));
            doc.add(new BinaryDocValuesField(ID_NUMBERS, PackedAttributes.packIdNumbers(identity.idNumbers())));
        }
        Set<String> keys = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        Set<Integer> weights = new HashSet<>();
        List<NameKeys.Way> ways = NameKeys.of(matcher.readings(identity.name()), matcher.tables(), NameKeys.Side.ENTRY);
        doc.add(new BinaryDocValuesField(PARTS, LinkBound.encode(ways)));
        for (NameKeys.Way way : ways) {
            weights.add(way.halfWeights());
            List<NameKeys.PartKeys> parts = way.parts();
            for (int i = 0; i < parts.size(); i++) {
                keys.addAll(parts.get(i).keys());
                for (int j = i + 1; j < parts.size(); j++) {
                    for (String a : parts.get(i).keys()) for (String b : parts.get(j).keys()) pairs.add(pair(a, b));
                }
            }
        }
        for (String key : keys) doc.add(new StringField(KEY, key, Field.Store.NO));
        for (String pair : pairs) doc.add(new StringField(PAIR, pair, Field.Store.NO));
        for (int w : weights) doc.add(new SortedNumericDocValuesField(WAY_WEIGHT, w));
        return doc;
    }

    @Override
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public List<Candidate> screen(Identity subject, double threshold, int limit) {
        return screenAll(List.of(subject), threshold, limit).get(0);
    }

    /** Subjects with the same name and the same most their attributes can add share one search of the names. */
    private record NameSearch(String name, double target) {
    }

    @Override
    public List<List<Candidate>> screenAll(List<Identity> subjects, double threshold, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        Map<NameSearch, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            Identity s = subjects.get(i);
            NameSearch search = new NameSearch(s.name(), threshold - AttributeComparison.maxBonus(s));
            groups.computeIfAbsent(search, k -> new ArrayList<>()).add(i);
        }
        List<List<Candidate>> found = new ArrayList<>(java.util.Collections.nCopies(subjects.size(), List.of()));
        withSearcher(searcher -> {
            for (Map.Entry<NameSearch, List<Integer>> group : groups.entrySet()) {
                double target = group.getKey().target();
                List<ParsedName> readings = matcher.readings(group.getKey().name());
                List<NameKeys.Way> ways = NameKeys.of(readings, matcher.tables(), NameKeys.Side.SUBJECT);
                Query query = query(ways, target);
                List<Hit> byName = query == null ? List.of()
                        : searcher.search(query, new HitCollectors(new LinkBound(ways, target)));
                Map<String, Alignment> alignments = new HashMap<>();
                Set<String> foundByName = null; // the documents found by name, once for the group's subjects with numbers
                for (int i : group.getValue()) {
                    Identity subject = subjects.get(i);
                    List<Hit> hits = byName;
                    if (!subject.idNumbers().isEmpty()) {
                        // an entry sharing a document number may reach the threshold with a weaker name: all are scored
                        if (foundByName == null) {
                            foundByName = new HashSet<>();
                            for (Hit h : byName) foundByName.add(key(h));
                        }
                        hits = new ArrayList<>(byName);
                        Set<String> byNameKeys = foundByName;
                        Query byNumber = new TermInSetQuery(ID_NUMBER,
                                subject.idNumbers().stream().map(n -> new BytesRef(n.number())).toList());
                        // one search returns each document once: only those already found by name are left out
                        searcher.search(byNumber, new HitCollectors(null)).stream()
                                .filter(h -> !byNameKeys.contains(key(h))).forEach(hits::add);
                    }
                    found.set(i, rescore(new PreparedIdentity(subject, readings), hits, alignments, threshold, target, limit));
                }
            }
            return null;
        });
        return found;
    }

    /**
     * The entries worth scoring: those meeting one of the subject's {@link Blocking} requirements ({@code target}: the
     * threshold less the most the subject's attributes can add).
     */
    private static Query query(List<NameKeys.Way> ways, double target) {
        if (target <= 0) return new MatchAllDocsQuery();
        Set<Query> clauses = new LinkedHashSet<>();
        for (NameKeys.Way way : ways) {
            Query q = wayQuery(way, Blocking.of(way.parts().stream().mapToDouble(NameKeys.PartKeys::weight).toArray(), target));
            if (q != null) clauses.add(q);
        }
        if (clauses.isEmpty()) return null;
        if (clauses.size() == 1) return clauses.iterator().next();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(c -> any.add(c, Occur.SHOULD));
        return any.build();
    }

    /**
     * One way of reading's requirements, any of which an entry must meet. A requirement of two parts or more is led by
     * the pair term of its two most telling parts (the heaviest, the later when equal: a given name says more than a
     * surname), whose postings are the entries sharing both parts; the other parts and the weight range are checked on
     * those. Walking the postings of each part and intersecting them cost most of a screen at a million entries.
     */
    private static Query wayQuery(NameKeys.Way way, List<Blocking.Requirement> requirements) {
        if (requirements.isEmpty()) return null;
        // requirements led by the same pair share its postings: the pair is walked once, the rest checked on it
        Map<List<Integer>, List<Query>> byLead = new java.util.LinkedHashMap<>();
        List<Query> alone = new ArrayList<>();
        for (Blocking.Requirement r : requirements) {
            boolean all = r.minimumShared() == r.parts().size();
            if (!all || r.parts().size() < 2) {
                alone.add(requirement(way, r));
                continue;
            }
            List<Integer> lead = r.parts().stream()
                    .sorted(Comparator.comparingDouble((Integer i) -> way.parts().get(i).weight()).reversed()
                            .thenComparing(Comparator.<Integer>reverseOrder()))
                    .limit(2).sorted().toList();
            BooleanQuery.Builder rest = new BooleanQuery.Builder();
            int clauses = 0;
            for (int i : r.parts()) {
                if (!lead.contains(i)) {
                    rest.add(partQuery(way, i), Occur.FILTER);
                    clauses++;
                }
            }
            if (!r.anyWeight()) {
                rest.add(weightRange(r), Occur.FILTER);
                clauses++;
            }
            byLead.computeIfAbsent(lead, k -> new ArrayList<>()).add(clauses == 0 ? null : rest.build());
        }
        List<Query> any = new ArrayList<>(alone);
        byLead.forEach((lead, rests) -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(pairQuery(way, lead.get(0), lead.get(1)), Occur.FILTER);
            if (!rests.contains(null)) {
                BooleanQuery.Builder oneOf = new BooleanQuery.Builder();
                rests.forEach(q -> oneOf.add(q, Occur.SHOULD));
                b.add(rests.size() == 1 ? rests.get(0) : oneOf.build(), Occur.FILTER);
            }
            any.add(b.build());
        });
        if (any.size() == 1) return any.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        any.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /** A requirement of one part, or of some of its parts: each part's keys, walked. */
    private static Query requirement(NameKeys.Way way, Blocking.Requirement r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean all = r.minimumShared() == r.parts().size();
        for (int i : r.parts()) b.add(partQuery(way, i), all ? Occur.FILTER : Occur.SHOULD);
        if (!all) b.setMinimumNumberShouldMatch(r.minimumShared());
        if (!r.anyWeight()) b.add(weightRange(r), Occur.FILTER);
        return b.build();
    }

    /** Checked on the documents the parts find, never walked on its own: a range over all entries costs O(N). */
    private static Query weightRange(Blocking.Requirement r) {
        return SortedNumericDocValuesField.newSlowRangeQuery(WAY_WEIGHT, r.minHalfWeights(), r.maxHalfWeights());
    }

    /** Entries with a part sharing a key with part {@code a} and another sharing one with part {@code b}. */
    private static Query pairQuery(NameKeys.Way way, int a, int b) {
        Set<BytesRef> terms = new java.util.TreeSet<>();
        for (String x : way.parts().get(a).keys()) {
            for (String y : way.parts().get(b).keys()) terms.add(new BytesRef(pair(x, y)));
        }
        return new TermInSetQuery(PAIR, terms);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + '\t' + b : b + '\t' + a;
    }

    /**
     * A part's keys as a lazy disjunction of terms: the default rewrite collects the postings of all but the largest
     * terms into a bit set first, a walk over postings that grows with the index whatever the other parts allow.
     */
    private static Query partQuery(NameKeys.Way way, int part) {
        return new TermInSetQuery(MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE, KEY,
                way.parts().get(part).keys().stream().map(BytesRef::new).toList());
    }

    /** A name found in a leaf, and what was worked out about it once for all the documents that bear it. */
    private static final class FoundName {
        final int ord;
        /** Whether the {@link LinkBound} lets its documents through; null until asked. */
        Boolean reaches;
        String text;
        boolean aligned;
        Alignment alignment;

        FoundName(int ord) {
            this.ord = ord;
        }
    }

    /** A document found, with what re-scoring needs. */
    private record Hit(LeafValues leaf, int doc, FoundName name, long attributes, List<IdNumber> idNumbers) {
        String text() throws IOException {
            return leaf.text(name);
        }
    }

    private static final class LeafValues {
        final LeafReaderContext context;
        final SortedDocValues names;
        final NumericDocValues attributes;
        final BinaryDocValues parts;
        final BinaryDocValues idNumbers;
        /** Namesakes share one ordinal: a common name is found thousands of times, and looked at once. */
        private final Map<Integer, FoundName> found = new HashMap<>();

        LeafValues(LeafReaderContext leaf) throws IOException {
            context = leaf;
            names = DocValues.getSorted(leaf.reader(), NAME);
            attributes = DocValues.getNumeric(leaf.reader(), ATTRIBUTES);
            parts = DocValues.getBinary(leaf.reader(), PARTS);
            idNumbers = DocValues.getBinary(leaf.reader(), ID_NUMBERS);
        }

        FoundName name(int ord) {
            return found.computeIfAbsent(ord, FoundName::new);
        }

        String text(FoundName name) throws IOException {
            if (name.text == null) name.text = names.lookupOrd(name.ord).utf8ToString();
            return name.text;
        }

        /** The alignment of the name, computed by {@code align} once per name. */
        Alignment alignment(FoundName name, java.util.function.Function<String, Alignment> align) throws IOException {
            if (!name.aligned) {
                name.alignment = align.apply(text(name));
                name.aligned = true;
            }
            return name.alignment;
        }
    }

    /**
     * Collects the documents whose parts {@link LinkBound#mayReach may reach} the threshold, or every document found
     * when there is no bound.
     */
    private static final class HitCollector extends SimpleCollector {
        final List<Hit> hits = new ArrayList<>();
        private final LinkBound bound;
        private LeafValues leaf;

        HitCollector(LinkBound bound) {
            this.bound = bound;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            leaf = new LeafValues(context);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!leaf.names.advanceExact(doc)) throw new IllegalStateException("name index document " + doc + " has no name");
            FoundName name = leaf.name(leaf.names.ordValue());
            if (bound != null) {
                // the parts are the name's: namesakes share the decision
                if (name.reaches == null) name.reaches = leaf.parts.advanceExact(doc) && bound.mayReach(leaf.parts.binaryValue());
                if (!name.reaches) return;
            }
            long attributes = leaf.attributes.advanceExact(doc) ? leaf.attributes.longValue() : 0;
            List<IdNumber> numbers = leaf.idNumbers.advanceExact(doc)
                    ? PackedAttributes.idNumbers(leaf.idNumbers.binaryValue()) : List.of();
            hits.add(new Hit(leaf, doc, name, attributes, numbers));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private record HitCollectors(LinkBound bound) implements CollectorManager<HitCollector, List<Hit>> {
        @Override
        public HitCollector newCollector() {
            return new HitCollector(bound);
        }

        @Override
        public List<Hit> reduce(Collection<HitCollector> collectors) {
            List<Hit> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.hits));
            return all;
        }
    }

    /** A hit whose score reaches the threshold; its id and evidence are read only if it makes the cut. */
    private record Scored(Hit hit, Identity identity, Alignment names, double score) {
    }

    /**
     * Scores each distinct name once, then the attributes of each entry whose name could still reach the threshold
     * ({@code target}: the threshold less the most the attributes can add); keeps those at the threshold, best first,
     * ties by id.
     */
    private List<Candidate> rescore(PreparedIdentity subject, List<Hit> hits, Map<String, Alignment> byName, double threshold,
                                    double target, int limit) throws IOException {
        List<Scored> passing = new ArrayList<>();
        for (Hit hit : hits) {
            Alignment names = hit.leaf().alignment(hit.name(), text -> byName.computeIfAbsent(text,
                    n -> matcher.align(subject.readings(), matcher.readings(n))));
            double nameScore = names == null ? 0 : names.score;
            if (nameScore < target - AttributeComparison.SAME_ID_NUMBER - 1e-9) continue; // not even with a shared number
            Identity identity = PackedAttributes.identity(hit.text(), hit.attributes(), hit.idNumbers());
            boolean sameNumber = !hit.idNumbers().isEmpty() && AttributeComparison.shareIdNumber(subject.identity(), identity);
            if (nameScore < target - (sameNumber ? AttributeComparison.SAME_ID_NUMBER : 0) - 1e-9) continue;
            double score = Math.max(0, Math.min(1, nameScore + AttributeComparison.compare(subject.identity(), identity, null)));
            if (score >= threshold) passing.add(new Scored(hit, identity, names, score));
        }
        if (passing.size() > limit) {
            // namesakes often tie: keep every entry tied with the last one kept, and let the ids decide among them
            double[] scores = new double[passing.size()];
            for (int i = 0; i < scores.length; i++) scores[i] = passing.get(i).score();
            Arrays.sort(scores);
            double last = scores[scores.length - limit];
            List<Scored> best = new ArrayList<>();
            for (Scored p : passing) if (p.score() >= last) best.add(p);
            passing = best;
        }
        Map<String, String> ids = ids(passing);
        List<Scored> kept = passing.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(p -> ids.get(key(p.hit()))))
                .limit(limit).toList();
        List<Candidate> found = new ArrayList<>(kept.size());
        for (Scored p : kept) {
            found.add(new Candidate(new WatchlistEntry(ids.get(key(p.hit())), p.identity()),
                    CrossScriptNameMatcher.withAttributes(p.names(), subject.identity(), p.identity())));
        }
        return List.copyOf(found);
    }

    /** The ids of the hits kept, read in document order as doc values want. */
    private static Map<String, String> ids(List<Scored> kept) throws IOException {
        List<Hit> hits = kept.stream().map(Scored::hit)
                .sorted(Comparator.comparingInt((Hit h) -> h.leaf().context.ord).thenComparingInt(Hit::doc)).toList();
        Map<String, String> ids = new HashMap<>();
        BinaryDocValues values = null;
        LeafValues leaf = null;
        for (Hit h : hits) {
            if (h.leaf() != leaf) {
                leaf = h.leaf();
                values = DocValues.getBinary(leaf.context.reader(), ID_VALUE);
            }
            if (!values.advanceExact(h.doc())) throw new IllegalStateException("name index document " + h.doc() + " has no id");
            ids.put(key(h), values.binaryValue().utf8ToString());
        }
        return ids;
    }

    private static String key(Hit h) {
        return h.leaf().context.ord + ":" + h.doc();
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
