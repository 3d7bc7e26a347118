package org.liaison.cooperation.internal;

import java.util.List;
import java.util.Optional;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued notification mails as plain text, each in a transaction of its own, never in a business one. A
 * failed send is logged and tried again after a delay that doubles each time, up to {@code max-attempts}; the error
 * stays on the row.
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
    private final TransactionTemplate tx;

    NotificationMailSender(NotificationMailProperties settings, ObjectProvider<JavaMailSender> mail, JdbcTemplate jdbc,
                           PlatformTransactionManager transactions) {
        this.settings = settings;
        this.mail = mail.getIfAvailable();
        if (this.mail == null) {
            throw new IllegalStateException(
                    "liaison.notifications.mail.enabled=true needs an SMTP server: set spring.mail.host (and port, user)");
        }
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    record Due(long id, String address, String subject, String body, int attempts) {
    }

    @Scheduled(fixedDelayString = "${liaison.notifications.mail.poll:10s}")
    void sendDue() {
        List<Long> due = jdbc.queryForList("""
                SELECT id FROM notification_mail WHERE sent_ms = 0 AND attempts < ? AND next_attempt_ms <= ?
                ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(BATCH), Long.class, settings.maxAttempts(),
                System.currentTimeMillis());
        due.forEach(id -> tx.executeWithoutResult(status -> claim(id).ifPresent(this::send)));
    }

    /**
     * The mail, locked until its send is recorded: with several node instances on one database, another one skips
     * it meanwhile, and one that comes later finds it sent.
     */
    private Optional<Due> claim(long id) {
        return jdbc.query("""
                        SELECT id, address, subject, body, attempts FROM notification_mail
                        WHERE id = ? AND sent_ms = 0 AND attempts < ? AND next_attempt_ms <= ? FOR UPDATE SKIP LOCKED""",
                (rs, row) -> new Due(rs.getLong("id"), rs.getString("address"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts")), id, settings.maxAttempts(),
                System.currentTimeMillis()).stream().findFirst();
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
