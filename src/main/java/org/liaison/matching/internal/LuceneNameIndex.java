package org.liaison.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.DocIdSetBuilder;
import org.liaison.matching.Candidate;
import org.liaison.matching.Identity;
import org.liaison.matching.NameIndex;
import org.liaison.matching.NameMatch;
import org.liaison.matching.WatchlistEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NameIndex} in an embedded Lucene index, on disk or in memory. Each distinct name is a document holding the
 * {@link NameKeys} of every way of reading it as terms, and the weight of each way; each entry is a document holding
 * its id, its name as a term, and its birth date, sex, nationality and document numbers as doc values. A subject is
 * searched among the names under the combinations of its parts that {@link Blocking} says a name must share to reach
 * the threshold; each name found is aligned with the subject's once, and the entries bearing those that may reach it
 * are re-scored with their attributes and cut at the threshold, so the index returns exactly what comparing the subject
 * with every entry would. Namesakes are common (a million entries bear about 420,000 names): a common name's keys are
 * walked once, not once per bearer.
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
    /** An entry's name: a term to find its namesakes by, and a doc value to read it from. */
    private static final String ENTRY_NAME = "entry_name";
    private static final String ATTRIBUTES = "attributes";
    /** A name document's name: a term to replace or delete it by, and a doc value to read it from. */
    private static final String NAME = "name";
    private static final String KEY = "key";
    /** Two keys of two different parts of one way of reading, as one term: finds entries sharing both parts at once. */
    private static final String PAIR = "pair";
    private static final String PARTS = "parts";
    /** Identity document numbers: terms to find an entry by, and doc values to score it with. */
    private static final String ID_NUMBER = "id_number";
    private static final String ID_NUMBERS = "id_numbers";
    /** Commit data naming the keys the index was built with; bump the version when {@link NameKeys} changes. */
    private static final String KEYS = "liaison.name-keys";
    private static final String KEYS_VERSION = "12/";
    private static final int BATCH = 512;
    /**
     * Entries by name, then the names: a name's bearers are neighbours in a segment, so that a screen reads their
     * attributes and ids from a few blocks, not from one place in the index each.
     */
    private static final Sort BY_NAME = new Sort(sortedLast(ENTRY_NAME), sortedLast(NAME));
    /** Keeps rounding on the side of scoring one entry too many. */
    private static final double EPSILON = 1e-9;

    private final Directory directory;
    private final String keysFormat;
    private final CrossScriptNameMatcher matcher = (CrossScriptNameMatcher) CrossScriptNameMatcher.shared();
    /** Changes one at a time: replaceAll must not interleave with put. */
    private final ReentrantLock changing = new ReentrantLock();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** What the heap keeps of each open segment, by the segment's core: dropped when the segment is closed. */
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    private LuceneNameIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.keysFormat = KEYS_VERSION + ReadingTables.fingerprint();
        openWriter(true);
    }

    private static SortField sortedLast(String field) {
        SortField sort = new SortField(field, SortField.Type.STRING);
        sort.setMissingValue(SortField.STRING_LAST);
        return sort;
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
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(mode).setRAMBufferSizeMB(128).setIndexSort(BY_NAME);
        IndexWriter w = new IndexWriter(directory, config);
        w.setLiveCommitData(Map.of(KEYS, keysFormat).entrySet());
        w.commit();
        writer = w;
        searchers = new SearcherManager(w, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                // what the heap keeps of a new segment is read now, by the change that wrote it, not by the next screen
                for (LeafReaderContext leaf : reader.leaves()) segment(leaf.reader());
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
        Document doc = entryDocument(entry);
        String name = entry.identity().name();
        changing.lock();
        try {
            String before = nameOf(entry.id());
            // one document serves all the name's bearers: only a name the index does not hold yet is written
            Document named = holds(NAME, name) ? null : nameDocument(name);
            change(() -> {
                writer.updateDocument(new Term(ID, entry.id()), doc);
                if (named != null) writer.addDocument(named);
            });
            if (before != null && !before.equals(name)) dropIfNobodyBears(before);
        } finally {
            changing.unlock();
        }
    }

    @Override
    public void remove(String id) {
        changing.lock();
        try {
            String before = nameOf(id);
            change(() -> writer.deleteDocuments(new Term(ID, id)));
            if (before != null) dropIfNobodyBears(before);
        } finally {
            changing.unlock();
        }
    }

    /** The name of entry {@code id} as the index holds it, or null when it holds no such entry. */
    private String nameOf(String id) {
        return withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                int doc = firstLive(leaf, ID, id);
                if (doc < 0) continue;
                SortedDocValues names = DocValues.getSorted(leaf.reader(), ENTRY_NAME);
                return names.advanceExact(doc) ? names.lookupOrd(names.ordValue()).utf8ToString() : null;
            }
            return null;
        });
    }

    /**
     * Deletes the document of {@code name} when no entry bears it any longer. A crash before this leaves a name that
     * finds no entry: it costs a lookup, never a wrong candidate, and the next {@link #replaceAll} drops it.
     */
    private void dropIfNobodyBears(String name) {
        if (!holds(ENTRY_NAME, name)) change(() -> writer.deleteDocuments(new Term(NAME, name)));
    }

    /** Whether a live document holds the term. */
    private boolean holds(String field, String value) {
        return withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (firstLive(leaf, field, value) >= 0) return true;
            }
            return false;
        });
    }

    /** The first live document of the leaf holding the term, or -1. */
    private static int firstLive(LeafReaderContext leaf, String field, String value) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) return -1;
        TermsEnum te = terms.iterator();
        if (!te.seekExact(new BytesRef(value))) return -1;
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live == null || live.get(doc)) return doc;
        }
        return -1;
    }

    @Override
    public void replaceAll(Collection<WatchlistEntry> entries) {
        replaceAll(entries.stream());
    }

    /**
     * Indexes the entries on as many threads as there are processors while the stream is read, each distinct name once,
     * and commits once: screening sees the old contents until then.
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
            Set<String> named = ConcurrentHashMap.newKeySet();
            List<Future<?>> running = new ArrayList<>();
            try {
                Iterator<WatchlistEntry> it = entries.iterator();
                while (it.hasNext()) {
                    List<WatchlistEntry> batch = new ArrayList<>(BATCH);
                    while (it.hasNext() && batch.size() < BATCH) batch.add(it.next());
                    queued.acquire();
                    running.add(pool.submit(() -> {
                        try {
                            for (WatchlistEntry e : batch) {
                                writer.updateDocument(new Term(ID, e.id()), entryDocument(e));
                                if (named.add(e.identity().name())) writer.addDocument(nameDocument(e.identity().name()));
                            }
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
                // one segment: a screen looks up each of its terms once per segment
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

    /** An entry: its id, name and attributes; it is found by the document of its name, or by a document number. */
    private static Document entryDocument(WatchlistEntry entry) {
        Identity identity = entry.identity();
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(ID_VALUE, new BytesRef(entry.id())));
        doc.add(new StringField(ENTRY_NAME, identity.name(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ENTRY_NAME, new BytesRef(identity.name())));
        doc.add(new NumericDocValuesField(ATTRIBUTES, PackedAttributes.pack(identity)));
        doc.add(new BinaryDocValuesField(PARTS, new BytesRef())); // a name's parts, empty: see nameDocument
        if (!identity.idNumbers().isEmpty()) {
            identity.idNumbers().forEach(n -> doc.add(new StringField(ID_NUMBER, n.number(), Field.Store.NO)));
            doc.add(new BinaryDocValuesField(ID_NUMBERS, PackedAttributes.packIdNumbers(identity.idNumbers())));
        }
        return doc;
    }

    /**
     * A name borne by one entry or more: the keys of every way of reading it, as terms, and the weight of each way.
     * Namesakes share it, so a common name's keys are walked once, not once per bearer.
     */
    private Document nameDocument(String name) {
        Document doc = new Document();
        doc.add(new StringField(NAME, name, Field.Store.NO));
        doc.add(new SortedDocValuesField(NAME, new BytesRef(name)));
        Set<String> keys = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        List<NameKeys.Way> ways = NameKeys.of(matcher.readings(name), matcher.tables(), NameKeys.Side.ENTRY);
        doc.add(new BinaryDocValuesField(PARTS, LinkBound.encode(ways)));
        // the entries' values, empty: every document has every value a screen reads, which makes finding one direct
        doc.add(new BinaryDocValuesField(ID_VALUE, new BytesRef()));
        doc.add(new NumericDocValuesField(ATTRIBUTES, 0));
        for (NameKeys.Way way : ways) {
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
        return doc;
    }

    @Override
    public int size() {
        return withSearcher(s -> s.count(new FieldExistsQuery(ENTRY_NAME)));
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
        Map<NameSearch, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            Identity s = subjects.get(i);
            NameSearch search = new NameSearch(s.name(), threshold - AttributeComparison.maxBonus(s));
            groups.computeIfAbsent(search, k -> new ArrayList<>()).add(i);
        }
        List<List<Candidate>> found = new ArrayList<>(Collections.nCopies(subjects.size(), List.of()));
        withSearcher(searcher -> {
            for (Map.Entry<NameSearch, List<Integer>> group : groups.entrySet()) {
                double target = group.getKey().target();
                List<ParsedName> readings = matcher.readings(group.getKey().name());
                List<NameKeys.Way> ways = NameKeys.of(readings, matcher.tables(), NameKeys.Side.SUBJECT);
                List<NameDocument> names = names(searcher, ways, target);
                Map<String, Named> named = new HashMap<>();
                Function<String, Named> align = text -> named.computeIfAbsent(text,
                        t -> new Named(t, matcher.align(readings, matcher.readings(t))));
                List<Named> worth = new ArrayList<>();
                List<NameDocument> worthDocuments = new ArrayList<>();
                for (NameDocument d : names) {
                    Named n = align.apply(d.text());
                    if (n.score() < target - EPSILON) continue;
                    worth.add(n);
                    worthDocuments.add(d);
                }
                List<Hit> byName = bearers(searcher, worth, worthDocuments);
                Set<Long> foundByName = null; // the entries found by name, once for the group's subjects with numbers
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
                        for (Hit h : sharingANumber(searcher, subject, align)) {
                            if (!foundByName.contains(key(h))) hits.add(h);
                        }
                    }
                    found.set(i, rescore(subject, hits, threshold, target, limit));
                }
            }
            return null;
        });
        return found;
    }

    /**
     * The names worth aligning with the subject's ({@code target}: the threshold less the most the subject's attributes
     * can add): those meeting one of its {@link Blocking} requirements ({@link Lookup}) whose parts
     * {@link LinkBound#mayReach may reach} the target, which also checks the weight. Postings are read straight from
     * the index: building, rewriting and running a Boolean query for each subject cost more than the names it finds.
     */
    private List<NameDocument> names(IndexSearcher searcher, List<NameKeys.Way> ways, double target) throws IOException {
        Lookup lookup = Lookup.of(ways, target);
        if (lookup == null) return List.of();
        LinkBound bound = new LinkBound(ways, target);
        // put and replaceAll write one document per name; the set keeps a name once should two ever be live
        Map<String, NameDocument> names = new LinkedHashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            BinaryDocValues parts = DocValues.getBinary(reader, PARTS);
            SortedDocValues text = DocValues.getSorted(reader, NAME);
            Bits live = reader.getLiveDocs();
            DocIdSetIterator docs = lookup.everyName() ? DocValues.getBinary(reader, PARTS) : lookup.candidates(reader, segment(reader).weights());
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                if (!parts.advanceExact(doc)) continue;
                BytesRef encoded = parts.binaryValue();
                if (encoded.length == 0 || !bound.mayReach(encoded.bytes, encoded.offset)) continue; // empty: an entry
                if (!text.advanceExact(doc)) throw new IllegalStateException("name index document " + doc + " has no name");
                int ord = text.ordValue();
                String name = text.lookupOrd(ord).utf8ToString();
                names.putIfAbsent(name, new NameDocument(name, leaf.ord, ord));
            }
        }
        return List.copyOf(names.values());
    }

    /** A name found: its text, and the segment and place in the segment's names of its document. */
    private record NameDocument(String text, int leaf, int ord) {
    }

    /** The weights a requirement allows, as {@link NameWeights} bits. */
    private static int weightRange(Blocking.Requirement r) {
        return r.anyWeight() ? NameWeights.ANY : NameWeights.range(r.minHalfWeights(), r.maxHalfWeights());
    }

    /** What the heap keeps of the segment, read when a searcher first opened it. */
    private Segment segment(LeafReader reader) throws IOException {
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) return Segment.read(reader);
        Segment segment = segments.get(core.getKey());
        if (segment != null) return segment;
        segment = Segment.read(reader);
        if (segments.putIfAbsent(core.getKey(), segment) == null) core.addClosedListener(segments::remove);
        return segment;
    }

    /**
     * What a segment keeps on the heap: its names' weights, and where each name's bearers start. In a segment that
     * holds the same names as name documents as its entries bear (one written by a rebuild, and most segments
     * written by {@code put}), the segment's n-th name is borne by its n-th run of entries, which the order of the
     * index keeps together: {@code bearers[n]} is the first entry of that run, so a screen finds a name's bearers
     * without looking its text up. Null for another segment, whose bearers are looked up by name. 4 bytes a name.
     */
    private record Segment(NameWeights weights, int[] bearers) {

        static Segment read(LeafReader reader) throws IOException {
            return new Segment(NameWeights.read(reader, PARTS), bearers(reader));
        }

        private static int[] bearers(LeafReader reader) throws IOException {
            SortedDocValues entries = DocValues.getSorted(reader, ENTRY_NAME), names = DocValues.getSorted(reader, NAME);
            int count = entries.getValueCount();
            if (names.getValueCount() != count) return null;
            TermsEnum a = entries.termsEnum(), b = names.termsEnum();
            for (BytesRef x = a.next(); x != null; x = a.next()) {
                if (!x.equals(b.next())) return null;
            }
            int[] starts = new int[count + 1];
            int next = 0, ord = -1;
            for (int doc = entries.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = entries.nextDoc(), next++) {
                // entries come first, in the order of their names; anything else is not such a segment
                int o = entries.ordValue();
                if (doc != next || o < ord) return null;
                while (ord < o) starts[++ord] = doc;
            }
            while (ord < count) starts[++ord] = next;
            return starts;
        }
    }

    /**
     * The terms a subject's requirements look up. A requirement of parts that must all be shared is a set of pair
     * terms per pair of its parts: those of its two most telling parts, then each other part with the first of them;
     * a name meeting it holds a term of each set, since the parts it shares are distinct parts of one way of reading
     * it. Pair terms are few per name and their postings short, so checking the other parts by them touches no name
     * that fails. The other requirements are groups of keys. {@code everyName}: the attributes alone could reach the
     * threshold.
     */
    private record Lookup(boolean everyName, Map<List<SortedSet<BytesRef>>, Integer> pairs, List<KeyGroup> groups) {

        /** Null when no entry can reach the target. */
        static Lookup of(List<NameKeys.Way> ways, double target) {
            if (target <= 0) return new Lookup(true, Map.of(), List.of());
            // requirements of the same parts with other weights are looked up once, for either weight
            Map<List<SortedSet<BytesRef>>, Integer> pairs = new LinkedHashMap<>();
            List<KeyGroup> groups = new ArrayList<>();
            for (NameKeys.Way way : ways) {
                double[] weights = way.parts().stream().mapToDouble(NameKeys.PartKeys::weight).toArray();
                for (Blocking.Requirement r : Blocking.of(weights, target)) {
                    if (r.minimumShared() < r.parts().size() || r.parts().size() < 2) {
                        groups.add(KeyGroup.of(way, r));
                        continue;
                    }
                    // the heaviest first, the later when equal: a given name says more than a surname
                    List<Integer> parts = r.parts().stream()
                            .sorted(Comparator.comparingDouble((Integer i) -> weights[i]).reversed()
                                    .thenComparing(Comparator.<Integer>reverseOrder()))
                            .toList();
                    List<SortedSet<BytesRef>> all = new ArrayList<>();
                    for (int i = 1; i < parts.size(); i++) all.add(pairTerms(way, parts.get(0), parts.get(i)));
                    pairs.merge(List.copyOf(all), weightRange(r), (x, y) -> x | y);
                }
            }
            return pairs.isEmpty() && groups.isEmpty() ? null : new Lookup(false, pairs, groups);
        }

        /** The name documents of the leaf holding a term of each set of one requirement, or meeting a group, in order. */
        DocIdSetIterator candidates(LeafReader reader, NameWeights weights) throws IOException {
            DocIdSetBuilder found = new DocIdSetBuilder(reader.maxDoc());
            Terms terms = reader.terms(PAIR);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                Map<SortedSet<BytesRef>, int[]> holding = new HashMap<>();
                for (Map.Entry<List<SortedSet<BytesRef>>, Integer> requirement : pairs.entrySet()) {
                    int[] docs = null;
                    for (SortedSet<BytesRef> set : requirement.getKey()) {
                        int[] these = holding.get(set);
                        if (these == null) holding.put(set, these = holding(te, set));
                        docs = docs == null ? these : both(docs, these);
                        if (docs.length == 0) break;
                    }
                    int range = requirement.getValue();
                    DocIdSetBuilder.BulkAdder adder = found.grow(docs.length);
                    for (int doc : docs) if (range == NameWeights.ANY || weights.weighs(doc, range)) adder.add(doc);
                }
            }
            for (KeyGroup g : groups) found.add(g.meeting(reader, weights));
            DocIdSetIterator it = found.build().iterator();
            return it == null ? DocIdSetIterator.empty() : it;
        }

        /** The documents holding one of the terms (sorted terms are looked up fastest), in order, each once. */
        private static int[] holding(TermsEnum te, Collection<BytesRef> terms) throws IOException {
            int[] docs = null;
            PostingsEnum postings = null;
            for (BytesRef term : terms) {
                if (!te.seekExact(term)) continue;
                postings = te.postings(postings, PostingsEnum.NONE);
                int[] these = new int[te.docFreq()]; // the segment's postings of the term, deleted documents too
                int n = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    these[n++] = doc;
                }
                // a term's postings are in order: few terms are found, and merging them costs less than sorting
                docs = docs == null ? these : either(docs, these);
            }
            return docs == null ? new int[0] : docs;
        }

        /** The documents in either ordered list, each once. */
        private static int[] either(int[] a, int[] b) {
            int[] out = new int[a.length + b.length];
            int n = 0, i = 0, j = 0;
            while (i < a.length && j < b.length) {
                if (a[i] < b[j]) out[n++] = a[i++];
                else if (a[i] > b[j]) out[n++] = b[j++];
                else {
                    out[n++] = a[i++];
                    j++;
                }
            }
            while (i < a.length) out[n++] = a[i++];
            while (j < b.length) out[n++] = b[j++];
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        /** The documents in both ordered lists. */
        private static int[] both(int[] a, int[] b) {
            int[] out = new int[Math.min(a.length, b.length)];
            int n = 0;
            for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                if (a[i] < b[j]) i++;
                else if (a[i] > b[j]) j++;
                else {
                    out[n++] = a[i];
                    i++;
                    j++;
                }
            }
            return Arrays.copyOf(out, n);
        }
    }

    /**
     * Entries with a part sharing a key with part {@code a} and another sharing one with part {@code b}. A way of
     * reading an entry is all Han or all Latin, so two keys met on entries of different scripts are never paired.
     */
    private static SortedSet<BytesRef> pairTerms(NameKeys.Way way, int a, int b) {
        SortedSet<BytesRef> out = new TreeSet<>();
        for (String x : way.parts().get(a).keys()) {
            for (String y : way.parts().get(b).keys()) {
                if (NameKeys.meetsHanEntry(x) == NameKeys.meetsHanEntry(y)) out.add(new BytesRef(pair(x, y)));
            }
        }
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + '\t' + b : b + '\t' + a;
    }

    /**
     * A requirement looked up part by part: names sharing keys with at least {@code minimumShared} of the parts (each
     * part's keys), with a way of reading whose weight is in range. Few subjects have one: a name of one part, or one
     * whose parts are too many to combine.
     */
    private record KeyGroup(List<List<BytesRef>> parts, int minimumShared, int range) {

        static KeyGroup of(NameKeys.Way way, Blocking.Requirement r) {
            List<List<BytesRef>> parts = new ArrayList<>();
            for (int i : r.parts()) parts.add(way.parts().get(i).keys().stream().sorted().map(BytesRef::new).toList());
            return new KeyGroup(parts, r.minimumShared(), weightRange(r));
        }

        /** The leaf's name documents meeting the requirement, in order. */
        DocIdSetIterator meeting(LeafReader reader, NameWeights weights) throws IOException {
            Terms terms = reader.terms(KEY);
            if (terms == null) return DocIdSetIterator.empty();
            TermsEnum te = terms.iterator();
            // each part's names once, then those met by enough parts
            int[] all = new int[0];
            int size = 0;
            for (List<BytesRef> keys : parts) {
                int[] these = Lookup.holding(te, keys);
                all = Arrays.copyOf(all, size + these.length);
                System.arraycopy(these, 0, all, size, these.length);
                size += these.length;
            }
            Arrays.sort(all, 0, size);
            DocIdSetBuilder meeting = new DocIdSetBuilder(reader.maxDoc());
            DocIdSetBuilder.BulkAdder adder = meeting.grow(size);
            for (int i = 0, run; i < size; i += run) {
                run = 1;
                while (i + run < size && all[i + run] == all[i]) run++;
                if (run >= minimumShared && weights.weighs(all[i], range)) adder.add(all[i]);
            }
            DocIdSetIterator it = meeting.build().iterator();
            return it == null ? DocIdSetIterator.empty() : it;
        }
    }

    /** A name found, and how it aligns with the subject's (null: not at all). */
    private record Named(String text, Alignment alignment) {
        double score() {
            return alignment == null ? 0 : alignment.score;
        }
    }

    /**
     * An entry found, with what re-scoring needs: its {@link PackedAttributes} and its document numbers, packed (null
     * when it has none).
     */
    private record Hit(LeafReaderContext leaf, int doc, Named name, long attributes, BytesRef idNumbers) {

        Identity identity() {
            return PackedAttributes.identity(name.text(), attributes,
                    idNumbers == null ? List.of() : PackedAttributes.idNumbers(idNumbers));
        }
    }

    /** The entries bearing the names, with their attributes, read in document order as doc values want. */
    private List<Hit> bearers(IndexSearcher searcher, List<Named> names, List<NameDocument> documents) throws IOException {
        if (names.isEmpty()) return List.of();
        List<Hit> hits = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ENTRY_NAME);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = null;
            // each bearer as its document (high bits) and its name's place in the list (low bits), to sort by document
            long[] docs = new long[16];
            int found = 0;
            int[] starts = segment(leaf.reader()).bearers();
            for (int i = 0; i < names.size(); i++) {
                NameDocument named = documents.get(i);
                DocIdSetIterator bearing;
                if (starts != null && named.leaf() == leaf.ord) {
                    // the name's document is in this segment: its bearers are the run it starts
                    int from = starts[named.ord()], to = starts[named.ord() + 1];
                    if (from == to) continue;
                    bearing = DocIdSetIterator.range(from, to);
                } else {
                    if (!te.seekExact(new BytesRef(names.get(i).text()))) continue;
                    bearing = postings = te.postings(postings, PostingsEnum.NONE);
                }
                for (int doc = bearing.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = bearing.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    if (found == docs.length) docs = Arrays.copyOf(docs, found * 2);
                    docs[found++] = (long) doc << 32 | i;
                }
            }
            Arrays.sort(docs, 0, found);
            EntryValues values = new EntryValues(leaf);
            for (int k = 0; k < found; k++) hits.add(values.hit((int) (docs[k] >>> 32), names.get((int) docs[k])));
        }
        return hits;
    }

    /** The entries sharing one of the subject's document numbers, whatever their names. */
    private static List<Hit> sharingANumber(IndexSearcher searcher, Identity subject, Function<String, Named> align)
            throws IOException {
        Query query = new TermInSetQuery(ID_NUMBER, subject.idNumbers().stream().map(n -> new BytesRef(n.number())).toList());
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<Hit> hits = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues names = DocValues.getSorted(leaf.reader(), ENTRY_NAME);
            EntryValues values = new EntryValues(leaf);
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                if (!names.advanceExact(doc)) throw new IllegalStateException("name index entry " + doc + " has no name");
                hits.add(values.hit(doc, align.apply(names.lookupOrd(names.ordValue()).utf8ToString())));
            }
        }
        return hits;
    }

    /** An entry's attributes and document numbers, read forwards through a leaf. */
    private static final class EntryValues {
        final LeafReaderContext leaf;
        final NumericDocValues attributes;
        final BinaryDocValues idNumbers;

        EntryValues(LeafReaderContext leaf) throws IOException {
            this.leaf = leaf;
            attributes = DocValues.getNumeric(leaf.reader(), ATTRIBUTES);
            idNumbers = DocValues.getBinary(leaf.reader(), ID_NUMBERS);
        }

        Hit hit(int doc, Named name) throws IOException {
            long bits = attributes.advanceExact(doc) ? attributes.longValue() : 0;
            BytesRef numbers = idNumbers.advanceExact(doc) ? BytesRef.deepCopyOf(idNumbers.binaryValue()) : null;
            return new Hit(leaf, doc, name, bits, numbers);
        }
    }

    /**
     * A hit whose score reaches the threshold; its id is read only if it may make the cut, its identity and evidence if
     * it does.
     */
    private static final class Scored {
        final Hit hit;
        final double score;
        String id;

        Scored(Hit hit, double score) {
            this.hit = hit;
            this.score = score;
        }
    }

    /** Best first; namesakes often tie, and their ids decide. */
    private static final Comparator<Scored> BEST_FIRST = (x, y) -> x.score != y.score
            ? Double.compare(y.score, x.score) : x.id.compareTo(y.id);

    /**
     * Scores the attributes of each entry whose name could still reach the threshold ({@code target}: the threshold
     * less the most the attributes can add, and a shared document number more); keeps those at the threshold, best
     * first, ties by id.
     */
    private List<Candidate> rescore(Identity subject, List<Hit> hits, double threshold, double target, int limit)
            throws IOException {
        List<Scored> passing = new ArrayList<>();
        long subjectBits = PackedAttributes.pack(subject);
        for (Hit hit : hits) {
            double nameScore = hit.name().score();
            if (nameScore < target - AttributeComparison.SAME_ID_NUMBER - EPSILON) continue; // not even with a shared number
            double adjustment;
            if (hit.idNumbers() == null || subject.idNumbers().isEmpty()) {
                // most entries: their attributes compared as they are packed, without building an identity
                if (nameScore < target - EPSILON) continue;
                adjustment = AttributeComparison.compare(subjectBits, hit.attributes());
            } else {
                Identity identity = hit.identity();
                boolean sameNumber = AttributeComparison.shareIdNumber(subject, identity);
                if (nameScore < target - (sameNumber ? AttributeComparison.SAME_ID_NUMBER : 0) - EPSILON) continue;
                adjustment = AttributeComparison.compare(subject, identity, null);
            }
            double score = Math.max(0, Math.min(1, nameScore + adjustment));
            if (score >= threshold) passing.add(new Scored(hit, score));
        }
        if (passing.size() > limit) {
            // keep every entry tied with the last one kept, and let the ids decide among them
            double[] scores = new double[passing.size()];
            for (int i = 0; i < scores.length; i++) scores[i] = passing.get(i).score;
            Arrays.sort(scores);
            double last = scores[scores.length - limit];
            passing.removeIf(p -> p.score < last);
        }
        Scored[] kept = passing.toArray(Scored[]::new);
        readIds(kept);
        Arrays.sort(kept, BEST_FIRST);
        List<Candidate> found = new ArrayList<>(Math.min(limit, kept.length));
        for (int i = 0; i < kept.length && i < limit; i++) {
            Scored p = kept[i];
            Identity identity = p.hit.identity();
            found.add(new Candidate(new WatchlistEntry(p.id, identity),
                    CrossScriptNameMatcher.withAttributes(p.hit.name().alignment(), subject, identity)));
        }
        return List.copyOf(found);
    }

    /** Reads the ids of the hits in document order, as doc values want (and leaves them in that order). */
    private static void readIds(Scored[] hits) throws IOException {
        Arrays.sort(hits, Comparator.comparingLong(p -> key(p.hit)));
        BinaryDocValues values = null;
        LeafReaderContext leaf = null;
        for (Scored p : hits) {
            if (p.hit.leaf() != leaf) {
                leaf = p.hit.leaf();
                values = DocValues.getBinary(leaf.reader(), ID_VALUE);
            }
            if (!values.advanceExact(p.hit.doc())) throw new IllegalStateException("name index document " + p.hit.doc() + " has no id");
            p.id = values.binaryValue().utf8ToString();
        }
    }

    /** A hit's leaf and document, as one number. */
    private static long key(Hit h) {
        return (long) h.leaf().ord << 32 | h.doc();
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
