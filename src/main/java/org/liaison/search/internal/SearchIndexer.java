package org.liaison.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.liaison.cases.CaseChanged;
import org.liaison.cases.CaseId;
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

/**
 * Keeps the index in step with the records: every report, request and case is indexed again, from the database,
 * after each change committed (the modules' events), and the whole index is rebuilt once the node has started (after
 * the demo seeders, which run before the application is ready) and when a supervisor asks. One lock orders the
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

    SearchIndexer(SearchIndex index, Cooperation cooperation, CaseTexts cases, MessageSource messages,
                  NodeProperties node) {
        this.index = index;
        this.cooperation = cooperation;
        this.cases = cases;
        this.messages = messages;
        this.node = node;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        long started = System.nanoTime();
        int n = rebuild();
        log.info("Search index built: {} records in {} ms", n, (System.nanoTime() - started) / 1_000_000);
    }

    /** Indexes every record again from the database; returns how many the index holds. */
    public int rebuild() {
        synchronized (lock) {
            List<Entry> all = new ArrayList<>();
            cooperation.items().forEach(id -> item(id).ifPresent(all::add));
            cases.all().forEach(id -> caseEntry(id).ifPresent(all::add));
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
            caseEntry(event.id()).ifPresentOrElse(index::put, () -> index.remove(event.id().toString()));
        }
    }

    private void reindexItem(UUID id) {
        synchronized (lock) {
            item(id).ifPresentOrElse(index::put, () -> index.remove(id.toString()));
        }
    }

    private Optional<Entry> item(UUID id) {
        return cooperation.text(id).map(t -> {
            List<String> words = new ArrayList<>(t.words());
            words.addAll(names(t.termKeys()));
            LocalDate day = t.sent().atZone(node.zone()).toLocalDate();
            return new Entry(t.request() ? Kind.REQUEST : Kind.REPORT, t.id().toString(), List.of(t.title()), t.body(),
                    String.join("\n", t.replies()), words, t.crimeArea(), t.units(), t.status(), t.sent(),
                    day.toEpochDay(), t.own(), t.linksPersons());
        });
    }

    private Optional<Entry> caseEntry(CaseId id) {
        return cases.text(id).map(t -> {
            List<String> words = new ArrayList<>(t.words());
            words.addAll(names(t.termKeys()));
            return new Entry(Kind.CASE, id.toString(), List.of(t.titleVi(), t.titleZh()), t.summary(), "", words,
                    t.crimeArea(), t.units(), t.status().name(), java.time.Instant.ofEpochMilli(t.openedMs()),
                    t.openedOn().toEpochDay(), t.own(), t.linksPersons());
        });
    }

    /** The names the message keys stand for, in every language, without repeats. */
    private List<String> names(List<String> keys) {
        return keys.stream().flatMap(k -> LANGUAGES.stream().map(l -> messages.getMessage(k, null, "", l)))
                .filter(s -> !s.isBlank()).distinct().toList();
    }
}
