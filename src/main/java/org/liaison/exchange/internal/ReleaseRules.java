package org.liaison.exchange.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.shared.CurrentOfficer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Which message types wait for a supervisor's release before they leave (four-eyes); set by an administrator. */
@Component
class ReleaseRules {

    private final JdbcTemplate jdbc;
    private final HandlerRegistry handlers;
    private final AuditLog audit;

    ReleaseRules(JdbcTemplate jdbc, HandlerRegistry handlers, AuditLog audit) {
        this.jdbc = jdbc;
        this.handlers = handlers;
        this.audit = audit;
    }

    /** The types an administrator may put under four-eyes: every registered type but status notices, which the node sends itself. */
    List<String> configurable() {
        return handlers.types().stream().filter(t -> !ExchangeService.STATUS_TYPE.equals(t)).toList();
    }

    /**
     * Whether outgoing messages of the type wait for a supervisor. Read on every send, so the rules are cached for a
     * few seconds; saving them on this instance takes effect at once, on other instances within that time.
     */
    boolean requires(String type) {
        Cached c = cached;
        if (c == null || System.currentTimeMillis() - c.loadedMs() > 5_000) {
            c = new Cached(Set.copyOf(jdbc.queryForList("SELECT message_type FROM release_rule", String.class)),
                    System.currentTimeMillis());
            cached = c;
        }
        return c.types().contains(type);
    }

    private record Cached(Set<String> types, long loadedMs) {
    }

    private volatile Cached cached;

    @Transactional(readOnly = true)
    Set<String> current() {
        return new TreeSet<>(jdbc.queryForList("SELECT message_type FROM release_rule", String.class));
    }

    /**
     * Replaces the rules with exactly these types.
     *
     * @throws IllegalArgumentException naming a type that cannot be put under four-eyes; nothing changes then
     */
    @Transactional
    Set<String> replace(Collection<String> types, CurrentOfficer by, String remoteAddr) {
        Set<String> wanted = new TreeSet<>(types);
        List<String> allowed = configurable();
        for (String t : wanted) {
            if (!allowed.contains(t)) {
                throw new IllegalArgumentException("message type '" + t + "' cannot be put under four-eyes release;"
                        + " allowed: " + allowed);
            }
        }
        Set<String> before = current();
        jdbc.update("DELETE FROM release_rule");
        jdbc.batchUpdate("INSERT INTO release_rule (message_type) VALUES (?)",
                wanted.stream().map(t -> new Object[] {t}).toList());
        audit.append(new AuditEntry(by.username(), by.agency(), "UPDATE", "release_rule", "", remoteAddr,
                "four-eyes release for " + wanted + " (before: " + before + ")"));
        cached = null;
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        cached = null;
                    }
                });
        return wanted;
    }
}
