package org.liaison.cooperation.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail copies of in-app notifications ({@code liaison.notifications.mail.*}); off unless enabled, and then the
 * SMTP server is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled     mail officers who have an address in the directory
 * @param baseUrl     the node's address as officers open it, for the link to the thread, e.g. {@code https://liaison.cb.example}
 * @param from        the sender address
 * @param maxAttempts sends tried before a mail is given up (its last error stays in {@code notification_mail})
 * @param retryDelay  the wait after the first failed send, doubled after each further one
 * @param poll        how often the sender looks for mails to send
 */
@ConfigurationProperties("liaison.notifications.mail")
public record NotificationMailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("liaison@localhost") String from,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("10s") Duration poll) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
    Duration delayAfter(int attempts) {
        return retryDelay.multipliedBy(1L << Math.min(attempts - 1, 16));
    }

    String link(boolean request, java.util.UUID thread) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (request ? "/requests/" : "/reports/") + thread;
    }
}
