package org.liaison.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.liaison.cases.CaseChanged;
import org.liaison.cases.CaseTexts;
import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.ItemWritten;
import org.liaison.cooperation.ReportReceived;
import org.liaison.cooperation.RequestReceived;
import org.liaison.cooperation.ThreadAdvanced;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Keeps the index in step with the records: every report, request and case is indexed again, from the database,
 * after each change committed (the modules' events), and the whole index is built once the node has started (after
 * the demo seeders, which run before the application is ready) and again when a supervisor asks. One lock orders the
 * reads and writes, so a rebuild never overwrites a newer version of a record with the one it read earlier.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    /** The languages a record's crime area, type, status and drugs are named in, so any of them finds it. */
    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.SIMPLIFIED_CHINESE,
            Locale.ENGLISH);

    private final SearchIndex index;
    private final Cooperation cooperation;
    private final CaseTexts cases;
    private final MessageSource messages;
    private final NodeProperties node;
    private final Object lock = new Object();
    private final CountDownLatch built = new CountDownLatch(1);

    SearchIndexer(SearchIndex index, Cooperation cooperation, CaseTexts cases, MessageSource messages,
                  NodeProperties node) {
        this.index = index;
        this.cooperation = cooperation;
        this.cases = cases;
        this.messages = messages;
        this.node = node;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebApplicationContext)) {
            // an offline command (audit verify, backup, screening a file) serves no searches
            built.countDown();
            return;
        }
        // ICU loads its break rules and folding data on first use (about 2 s): build in the background so the node
        // answers at once; a search meanwhile waits for the build (awaitBuilt)
        Thread.ofPlatform().daemon().name("search-index-build").start(() -> {
            try {
                long started = System.nanoTime();
                int n = rebuild();
                log.info("Search index built: {} records in {} ms", n, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("The search index could not be built; searches find nothing until it is rebuilt", e);
            } finally {
                built.countDown();
            }
        });
    }

    /** Waits until the index built at start-up is complete (at most a minute), so a search sees every record. */
    void awaitBuilt() {
        try {
            if (!built.await(1, TimeUnit.MINUTES)) {
                log.warn("Searching before the search index is complete");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Indexes every record again from the database; returns how many the index holds. */
    public int rebuild() {
        synchronized (lock) {
            List<Entry> all = new ArrayList<>();
            cooperation.texts().forEach(t -> all.add(entry(t)));
            cases.texts().forEach(t -> all.add(entry(t)));
            index.replaceAll(all);
            return all.size();
        }
    }

    @ApplicationModuleListener
    void on(ItemWritten event) {
        reindexItem(event.item());
    }

    @ApplicationModuleListener
    void on(ReportReceived event) {
        reindexItem(event.report().value());
    }

    @ApplicationModuleListener
    void on(RequestReceived event) {
        reindexItem(event.request().value());
    }

    @ApplicationModuleListener
    void on(ThreadAdvanced event) {
        reindexItem(event.thread());
    }

    @ApplicationModuleListener
    void on(CaseChanged event) {
        synchronized (lock) {
            cases.text(event.id()).map(this::entry).ifPresentOrElse(index::put,
                    () -> index.remove(event.id().toString()));
        }
    }

    private void reindexItem(UUID id) {
        synchronized (lock) {
            cooperation.text(id).map(this::entry).ifPresentOrElse(index::put, () -> index.remove(id.toString()));
        }
    }

    private Entry entry(Cooperation.ItemText t) {
        LocalDate day = t.sent().atZone(node.zone()).toLocalDate();
        return new Entry(t.request() ? Kind.REQUEST : Kind.REPORT, t.id().toString(), List.of(t.title()), t.body(),
                String.join("\n", t.replies()), nonBlank(t.words()), names(t.termKeys()), t.crimeArea(), t.units(),
                t.status(), t.sent(), day.toEpochDay(), t.own(), t.linksPersons());
    }

    private Entry entry(CaseTexts.CaseText t) {
        return new Entry(Kind.CASE, t.id().toString(), List.of(t.titleVi(), t.titleZh()), t.summary(), "",
                nonBlank(t.words()), names(t.termKeys()), t.crimeArea(), t.units(), t.status().name(),
                Instant.ofEpochMilli(t.openedMs()), t.openedOn().toEpochDay(), t.own(), t.linksPersons());
    }

    private static List<String> nonBlank(List<String> words) {
        return words.stream().filter(w -> w != null && !w.isBlank()).toList();
    }

    /** The names the message keys stand for, in every language, without repeats. */
    private List<String> names(List<String> keys) {
        return keys.stream().flatMap(k -> LANGUAGES.stream().map(l -> messages.getMessage(k, null, "", l)))
                .filter(s -> !s.isBlank()).distinct().toList();
    }
}
