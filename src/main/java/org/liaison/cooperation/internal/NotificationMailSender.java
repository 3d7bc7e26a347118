package org.liaison.cooperation.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued notification mails as plain text, outside any business transaction. A failed send is logged and
 * tried again after a delay that doubles each time, up to {@code max-attempts}; the error stays on the row.
 * Present only when mail is enabled, and then it needs Spring Boot's mail sender ({@code spring.mail.host}).
 */
@Component
@ConditionalOnBooleanProperty("liaison.notifications.mail.enabled")
class NotificationMailSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailSender.class);
    private static final int BATCH = 50;

    private final NotificationMailProperties settings;
    private final JavaMailSender mail;
    private final JdbcTemplate jdbc;

    NotificationMailSender(NotificationMailProperties settings, ObjectProvider<JavaMailSender> mail, JdbcTemplate jdbc) {
        this.settings = settings;
        this.mail = mail.getIfAvailable();
        if (this.mail == null) {
            throw new IllegalStateException(
                    "liaison.notifications.mail.enabled=true needs an SMTP server: set spring.mail.host (and port, user)");
        }
        this.jdbc = jdbc;
    }

    record Due(long id, String address, String subject, String body, int attempts) {
    }

    @Scheduled(fixedDelayString = "${liaison.notifications.mail.poll:10s}")
    void sendDue() {
        long now = System.currentTimeMillis();
        List<Due> due = jdbc.query("""
                SELECT id, address, subject, body, attempts FROM notification_mail
                WHERE sent_ms = 0 AND attempts < ? AND next_attempt_ms <= ? ORDER BY id FETCH FIRST %d ROWS ONLY"""
                        .formatted(BATCH),
                (rs, row) -> new Due(rs.getLong("id"), rs.getString("address"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts")), settings.maxAttempts(), now);
        for (Due d : due) {
            send(d);
        }
    }

    private void send(Due d) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(d.address());
        message.setSubject(d.subject());
        message.setText(d.body());
        try {
            mail.send(message);
            jdbc.update("UPDATE notification_mail SET sent_ms = ?, attempts = ?, last_error = NULL WHERE id = ?",
                    System.currentTimeMillis(), d.attempts() + 1, d.id());
        } catch (MailException e) {
            int attempts = d.attempts() + 1;
            String error = String.valueOf(e.getMessage());
            boolean givenUp = attempts >= settings.maxAttempts();
            log.warn("Notification mail {} to {} failed (attempt {} of {}){}: {}", d.id(), d.address(), attempts,
                    settings.maxAttempts(), givenUp ? ", given up" : "", error);
            jdbc.update("UPDATE notification_mail SET attempts = ?, next_attempt_ms = ?, last_error = ? WHERE id = ?",
                    attempts, System.currentTimeMillis() + settings.delayAfter(attempts).toMillis(),
                    error.length() > 1000 ? error.substring(0, 1000) : error, d.id());
        }
    }
}
