package org.liaison.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times on the exchange pages: in the node's time zone, written the way the reader's language writes them.
 * Templates call it as {@code @exchangeTimes.format(instant, #locale)}, hence the public method (SpEL sees no other).
 */
@Component("exchangeTimes")
class ExchangeTimes {

    private final ZoneId zone = ZoneId.systemDefault();

    public String format(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(at);
    }

    /** The first millisecond of a day in the node's time zone. */
    long startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
