package org.liaison.cooperation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: what an officer is told about new items and replies; the header's bell counts the unread.
 * Where mail is configured, each one is also mailed to an officer with an address ({@link NotificationMails}).
 */
@Component
public class Notifications {

    /** What happened. */
    public enum Kind {
        REPORT_RECEIVED,
        REQUEST_RECEIVED,
        /** A note, acknowledgement, reply or refusal from the partner. */
        THREAD_ADVANCED,
        ASSIGNED
    }

    /** @param request true when {@code thread} is a request, false for a report */
    public record Line(long id, Kind kind, UUID thread, boolean request, String title, String fromAgency,
                       Instant created, boolean read) {
    }

    static final int LIST_LIMIT = 100;

    private final JdbcTemplate jdbc;
    private final NotificationMails mails;

    Notifications(JdbcTemplate jdbc, NotificationMails mails) {
        this.jdbc = jdbc;
        this.mails = mails;
    }

    void tell(String recipient, Kind kind, ThreadRef thread, String fromAgency) {
        jdbc.update("""
                INSERT INTO cooperation_notification (recipient, kind, thread, is_request, title, from_agency, created_ms, read_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""", recipient, kind.name(), thread.id(), thread.request(),
                thread.title(), fromAgency, System.currentTimeMillis());
        mails.queue(recipient, kind, thread, fromAgency);
    }

    public int unread(String recipient) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM cooperation_notification WHERE recipient = ? AND read_ms = 0",
                Integer.class, recipient);
        return n == null ? 0 : n;
    }

    /** Newest first. */
    public List<Line> recent(String recipient) {
        return jdbc.query("SELECT * FROM cooperation_notification WHERE recipient = ? ORDER BY created_ms DESC, id DESC"
                        + " FETCH FIRST " + LIST_LIMIT + " ROWS ONLY", Notifications::line, recipient);
    }

    /** Marks one of the recipient's notifications read and returns it; empty when it is not theirs. */
    @Transactional
    public Optional<Line> open(String recipient, long id) {
        jdbc.update("UPDATE cooperation_notification SET read_ms = ? WHERE id = ? AND recipient = ? AND read_ms = 0",
                System.currentTimeMillis(), id, recipient);
        return jdbc.query("SELECT * FROM cooperation_notification WHERE id = ? AND recipient = ?", Notifications::line,
                id, recipient).stream().findFirst();
    }

    @Transactional
    public void markAllRead(String recipient) {
        jdbc.update("UPDATE cooperation_notification SET read_ms = ? WHERE recipient = ? AND read_ms = 0",
                System.currentTimeMillis(), recipient);
    }

    /** Opening an item reads what the reader was told about it. */
    void markThreadRead(String recipient, UUID thread) {
        jdbc.update("UPDATE cooperation_notification SET read_ms = ? WHERE recipient = ? AND thread = ? AND read_ms = 0",
                System.currentTimeMillis(), recipient, thread);
    }

    private static Line line(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Line(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getObject("thread", UUID.class),
                rs.getBoolean("is_request"), rs.getString("title"), rs.getString("from_agency"),
                Instant.ofEpochMilli(rs.getLong("created_ms")), rs.getLong("read_ms") != 0);
    }
}
