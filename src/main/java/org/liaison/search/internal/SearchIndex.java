package org.liaison.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.liaison.persons.CrimeArea;
import org.springframework.stereotype.Component;

/**
 * The node's full-text index, in memory: one per application (several nodes may run in one JVM), rebuilt from the
 * records at start-up, so nothing on disk can fall out of step with the database.
 */
@Component
class SearchIndex implements AutoCloseable {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String REPLIES = "replies";
    static final String WORDS = "words";
    /** The record's own words together (title, text, replies, places), so each query word may be in any part. */
    static final String ALL = "all";
    /** Names of its crime area, status, drugs in three languages: found by them, but below its own words. */
    static final String NAMES = "names";
    static final String AREA = "area";
    static final String UNIT = "unit";
    static final String STATUS = "status";
    static final String DAY = "day";
    static final String AT = "at";
    static final String OWN = "own";
    static final String PERSONS = "persons";

    private final Analyzer analyzer = SearchAnalysis.index();
    private final Directory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SearchIndex() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        searchers = new SearcherManager(writer, null);
    }

    /** The analyzer the index was written with, for highlighting what it finds. */
    Analyzer analyzer() {
        return analyzer;
    }

    /** Adds or replaces a record and makes it searchable at once. */
    void put(Entry e) {
        try {
            writer.updateDocument(new Term(ID, e.id()), document(e));
            searchers.maybeRefreshBlocking();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
            searchers.maybeRefreshBlocking();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** Replaces the whole index with these records. */
    void replaceAll(List<Entry> entries) {
        try {
            writer.deleteAll();
            for (Entry e : entries) {
                writer.addDocument(document(e));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** The best {@code n} records the query finds, in the order of {@code sort} (null: by relevance). */
    List<Entry> find(Query query, Sort sort, int n) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
                List<Entry> found = new ArrayList<>(top.scoreDocs.length);
                var stored = searcher.storedFields();
                for (ScoreDoc d : top.scoreDocs) {
                    found.add(entry(stored.document(d.doc)));
                }
                return found;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    private static Document document(Entry e) {
        Document d = new Document();
        d.add(new StringField(ID, e.id(), Field.Store.YES));
        d.add(new StringField(KIND, e.kind().name(), Field.Store.YES));
        for (String title : e.titles()) {
            d.add(new TextField(TITLE, title, Field.Store.YES));
            d.add(new TextField(ALL, title, Field.Store.NO));
        }
        d.add(new TextField(BODY, e.body(), Field.Store.YES));
        d.add(new TextField(ALL, e.body(), Field.Store.NO));
        d.add(new TextField(REPLIES, e.replies(), Field.Store.YES));
        d.add(new TextField(ALL, e.replies(), Field.Store.NO));
        for (String w : e.words()) {
            d.add(new TextField(WORDS, w, Field.Store.YES));
            d.add(new TextField(ALL, w, Field.Store.NO));
        }
        for (String n : e.names()) {
            d.add(new TextField(NAMES, n, Field.Store.YES));
        }
        if (e.area() != null) {
            d.add(new StringField(AREA, e.area().name(), Field.Store.YES));
        }
        for (String unit : e.units()) {
            d.add(new StringField(UNIT, unit, Field.Store.YES));
        }
        d.add(new StringField(STATUS, e.status(), Field.Store.YES));
        d.add(new LongPoint(DAY, e.day()));
        d.add(new StoredField(DAY, e.day()));
        d.add(new NumericDocValuesField(AT, e.at().toEpochMilli()));
        d.add(new StoredField(AT, e.at().toEpochMilli()));
        d.add(new StoredField(OWN, e.own() ? 1 : 0));
        d.add(new StoredField(PERSONS, e.linksPersons() ? 1 : 0));
        return d;
    }

    private static Entry entry(Document d) {
        String area = d.get(AREA);
        return new Entry(Kind.valueOf(d.get(KIND)), d.get(ID), List.of(d.getValues(TITLE)), d.get(BODY), d.get(REPLIES),
                List.of(d.getValues(WORDS)), List.of(d.getValues(NAMES)), area == null ? null : CrimeArea.valueOf(area), List.of(d.getValues(UNIT)),
                d.get(STATUS), Instant.ofEpochMilli(d.getField(AT).numericValue().longValue()),
                d.getField(DAY).numericValue().longValue(), d.getField(OWN).numericValue().intValue() == 1,
                d.getField(PERSONS).numericValue().intValue() == 1);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
