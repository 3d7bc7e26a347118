package org.liaison.cooperation.internal;

import java.util.Locale;
import org.liaison.directory.Directory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puts an e-mail copy of a notification in the outbox, in the transaction that tells the officer: it is sent only
 * once that transaction has committed ({@link NotificationMailSender}), and sending never holds up or undoes the
 * change. Only the item's title, the partner agency and a link travel; the text, attachments and linked persons
 * stay on the node, behind the log-in.
 */
@Component
class NotificationMails {

    private final NotificationMailProperties settings;
    private final Directory directory;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;

    NotificationMails(NotificationMailProperties settings, Directory directory, MessageSource messages, JdbcTemplate jdbc) {
        this.settings = settings;
        this.directory = directory;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    void queue(String recipient, Notifications.Kind kind, ThreadRef thread, String fromAgency) {
        if (!settings.enabled()) {
            return;
        }
        directory.mailbox(recipient).ifPresent(box -> {
            Locale reader = Locale.forLanguageTag(box.language());
            String agency = directory.agency(fromAgency)
                    .map(a -> a.name(reader, directory.ownAgency().country())).orElse(fromAgency);
            String what = messages.getMessage("cooperation.notification." + kind, new Object[] {agency}, reader);
            String subject = messages.getMessage("cooperation.mail.subject", new Object[] {what, thread.title()}, reader);
            String body = messages.getMessage("cooperation.mail.body",
                    new Object[] {what, thread.title(), settings.link(thread.request(), thread.id())}, reader);
            long now = System.currentTimeMillis();
            jdbc.update("""
                    INSERT INTO notification_mail (recipient, address, subject, body, created_ms, attempts, next_attempt_ms, sent_ms)
                    VALUES (?, ?, ?, ?, ?, 0, ?, 0)""", recipient, box.address(), clip(oneLine(subject), 1000),
                    clip(body, 4000), now, now);
        });
    }

    /** A title with line breaks would otherwise end the subject header early. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ");
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
