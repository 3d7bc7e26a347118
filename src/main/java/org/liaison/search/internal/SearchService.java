package org.liaison.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseTexts;
import org.liaison.cooperation.Cooperation;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.CurrentOfficer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the index for a reader. Words are analysed like the indexed text and every word must be found (in any
 * part of the record); nothing the officer types is query syntax, so no input can fail. The records found are
 * shown only when their module lets this reader open them, and a page showing records linked to persons is one
 * line in the audit log.
 */
@Service
public class SearchService {

    public static final int PAGE_SIZE = 20;
    /** How many records a search looks at, before visibility; more words or filters narrow it. */
    static final int CANDIDATES = 1000;
    private static final int VISIBILITY_BATCH = 100;
    private static final int SNIPPET_CHARS = 160;
    private static final float NAME_WEIGHT = 0.2f;
    private static final float TITLE_WEIGHT = 3f;

    /**
     * One record found.
     *
     * @param titles  the title; a case's Vietnamese then Chinese one
     * @param day     the day it was sent or opened, as an epoch day
     * @param snippet HTML: the text around the words found, escaped, with {@code <mark>} around them
     */
    public record Hit(Kind kind, String id, List<String> titles, String snippet, long day, String status,
                      CrimeArea area, boolean own, String link) {
    }

    /** @param more whether a next page has hits */
    public record Results(Criteria criteria, List<Hit> hits, boolean more) {
    }

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final Cooperation cooperation;
    private final CaseTexts cases;
    private final AuditLog audit;
    private final Analyzer queryAnalyzer = SearchAnalysis.query();
    private final UnifiedHighlighter highlighter;

    SearchService(SearchIndex index, SearchIndexer indexer, Cooperation cooperation, CaseTexts cases, AuditLog audit) {
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(index.analyzer())
                // the query asks the catch-all fields; their terms mark the same words in each stored part
                .withFieldMatcher(field -> true)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxNoHighlightPassages(0)
                .build();
        this.index = index;
        this.indexer = indexer;
        this.cooperation = cooperation;
        this.cases = cases;
        this.audit = audit;
    }

    /** The reader's page of hits; refused (nothing searched) when the words analyse to nothing searchable. */
    @Transactional
    public Results search(Criteria c, CurrentOfficer reader, String remoteAddr) {
        Query words = words(c);
        Query query = filtered(words, c);
        Sort sort = c.hasWords() ? null : new Sort(new SortField(SearchIndex.AT, SortField.Type.LONG, true));
        indexer.awaitBuilt();
        List<Entry> visible = visible(index.find(query, sort, CANDIDATES), reader, c.page() * PAGE_SIZE + 1);
        int from = Math.min((c.page() - 1) * PAGE_SIZE, visible.size());
        List<Entry> page = visible.subList(from, Math.min(from + PAGE_SIZE, visible.size()));
        List<Hit> hits = page.stream().map(e -> hit(e, words)).toList();
        if (page.stream().anyMatch(Entry::linksPersons)) {
            audit.append(new AuditEntry(reader.username(), reader.agency(), "SEARCH", "search", "", remoteAddr,
                    describe(c, page)));
        }
        return new Results(c, hits, visible.size() > from + PAGE_SIZE);
    }

    /**
     * Every word must be found in the record: in its own words, or failing that in the names of its crime area,
     * status or drugs, which count for less (many records share them). Words in a title count more. Null without
     * words.
     */
    private Query words(Criteria c) {
        if (!c.hasWords()) {
            return null;
        }
        List<String> terms = terms(c.q());
        if (terms.isEmpty()) {
            SearchRefused.Problems problems = new SearchRefused.Problems();
            problems.add("q", "search.error.noWords");
            problems.throwIfAny();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms) {
            q.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchIndex.ALL, term)), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(SearchIndex.NAMES, term)), NAME_WEIGHT), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        Query title = new QueryBuilder(queryAnalyzer).createBooleanQuery(SearchIndex.TITLE, c.q(), Occur.MUST);
        if (title != null) {
            q.add(new BoostQuery(title, TITLE_WEIGHT), Occur.SHOULD);
        }
        return q.build();
    }

    /** The distinct terms of what the officer typed, analysed like the indexed text. */
    private List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = queryAnalyzer.tokenStream(SearchIndex.ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    private static Query filtered(Query words, Criteria c) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words == null ? new MatchAllDocsQuery() : words,
                Occur.MUST);
        if (c.kind() != null) {
            q.add(new TermQuery(new Term(SearchIndex.KIND, c.kind().name())), Occur.FILTER);
        }
        if (c.area() != null) {
            q.add(new TermQuery(new Term(SearchIndex.AREA, c.area().name())), Occur.FILTER);
        }
        if (c.unit() != null) {
            q.add(new TermQuery(new Term(SearchIndex.UNIT, c.unit())), Occur.FILTER);
        }
        if (c.status() != null) {
            q.add(new TermQuery(new Term(SearchIndex.STATUS, c.status())), Occur.FILTER);
        }
        if (c.from() != null || c.to() != null) {
            q.add(LongPoint.newRangeQuery(SearchIndex.DAY, c.from() == null ? Long.MIN_VALUE : c.from().toEpochDay(),
                    c.to() == null ? Long.MAX_VALUE : c.to().toEpochDay()), Occur.FILTER);
        }
        return q.build();
    }

    /**
     * The found records the reader may open, in order, until {@code enough}: each module decides for its own
     * records, a batch at a time.
     */
    private List<Entry> visible(List<Entry> found, CurrentOfficer reader, int enough) {
        List<Entry> visible = new ArrayList<>();
        for (int i = 0; i < found.size() && visible.size() < enough; i += VISIBILITY_BATCH) {
            List<Entry> batch = found.subList(i, Math.min(i + VISIBILITY_BATCH, found.size()));
            Set<String> allowed = allowed(batch, reader);
            batch.stream().filter(e -> allowed.contains(e.id())).forEach(visible::add);
        }
        return visible.size() > enough ? visible.subList(0, enough) : visible;
    }

    private Set<String> allowed(List<Entry> batch, CurrentOfficer reader) {
        Collection<UUID> items = batch.stream().filter(e -> e.kind() != Kind.CASE).map(e -> UUID.fromString(e.id()))
                .toList();
        Collection<CaseId> caseIds = batch.stream().filter(e -> e.kind() == Kind.CASE)
                .map(e -> new CaseId(UUID.fromString(e.id()))).toList();
        Set<String> allowed = cooperation.visibleTo(reader, items).stream().map(UUID::toString)
                .collect(Collectors.toSet());
        cases.visibleTo(reader, caseIds).forEach(id -> allowed.add(id.toString()));
        return allowed;
    }

    private Hit hit(Entry e, Query words) {
        return new Hit(e.kind(), e.id(), e.titles(), snippet(e, words), e.day(), e.status(), e.area(), e.own(),
                e.kind().link(e.id()));
    }

    /**
     * The passage of the text, the replies or the other words where the search words are, marked; without words (or
     * when only the title matched) the start of the text.
     */
    private String snippet(Entry e, Query words) {
        if (words != null) {
            for (String part : List.of(e.body(), e.replies(), String.join(" · ", e.words()),
                    String.join(" · ", e.names()))) {
                try {
                    Object marked = highlighter.highlightWithoutSearcher(SearchIndex.BODY, words, part, 1);
                    if (marked != null && !marked.toString().isBlank()) {
                        return marked.toString();
                    }
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }
        }
        return escape(e.body().length() <= SNIPPET_CHARS ? e.body() : e.body().substring(0, SNIPPET_CHARS) + "…");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The audit line: what was asked and which records were shown. */
    private static String describe(Criteria c, List<Entry> shown) {
        String asked = "q=\"" + c.q() + "\"" + (c.kind() == null ? "" : " kind=" + c.kind())
                + (c.area() == null ? "" : " area=" + c.area()) + (c.unit() == null ? "" : " unit=" + c.unit())
                + (c.from() == null ? "" : " from=" + c.from()) + (c.to() == null ? "" : " to=" + c.to())
                + (c.status() == null ? "" : " status=" + c.status()) + " page=" + c.page();
        String ids = shown.stream().map(e -> e.kind().name().toLowerCase(Locale.ROOT) + ":" + e.id())
                .collect(Collectors.joining(","));
        String line = asked + "; shown " + ids;
        return line.length() <= 2000 ? line : line.substring(0, 1999) + "…";
    }
}
