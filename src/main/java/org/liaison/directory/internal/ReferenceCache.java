package org.liaison.directory.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Agencies, units and border gates as pages read them: every list row names its agency, unit or gate, and a database
 * round trip per row made the busiest lists the slowest pages. They change rarely and only through this module, so
 * what was read is kept until a save or delete of an agency, unit or gate clears it (at once and again after the
 * commit, so a read between the two cannot keep the old value). Another instance on a shared database sees a change
 * within {@link #TTL}.
 */
@Component
class ReferenceCache {

    static final Duration TTL = Duration.ofSeconds(30);

    private record Entry(Object value, long loadedAt) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    /** The value under {@code key}; {@code load} must return an unmodifiable value. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> load) {
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e == null || now - e.loadedAt() > TTL.toNanos()) {
            e = new Entry(load.get(), now);
            entries.put(key, e);
        }
        return (T) e.value();
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        changed(event.getEntity());
    }

    @EventListener
    void deleted(AfterDeleteEvent<?> event) {
        changed(event.getEntity());
    }

    private void changed(Object entity) {
        if (!(entity instanceof Agency) && !(entity instanceof Unit) && !(entity instanceof BorderGate) && entity != null) {
            return;
        }
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }
}
