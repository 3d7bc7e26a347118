package org.liaison.exchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.liaison.exchange.MessageState;
import org.liaison.shared.AgencyCode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the message list, as they come in a query string (page and API alike). Empty means "any";
 * {@code from} and {@code to} are whole days, both included; {@code page} counts from 1.
 */
record MessageFilter(String direction, String state, String partner, String type,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Integer page) {

    static final int PAGE_SIZE = 50;
    /** Deeper than this, narrow the filters: each page costs an index walk over all pages before it. */
    static final int MAX_PAGES = 2000;

    MessageFilter {
        direction = blankAsNull(direction);
        state = blankAsNull(state);
        partner = blankAsNull(partner);
        type = blankAsNull(type);
    }

    /** The names of the parameters whose values mean nothing (a tampered or mistyped query string). */
    List<String> invalid() {
        List<String> bad = new ArrayList<>();
        if (direction != null && !oneOf(direction, MessageLog.Direction.values())) {
            bad.add("direction");
        }
        if (state != null && !oneOf(state, MessageState.values())) {
            bad.add("state");
        }
        if (partner != null && !AgencyCode.isValid(partner)) {
            bad.add("partner");
        }
        if (type != null && type.length() > 100) {
            bad.add("type");
        }
        if (page != null && page < 1) {
            bad.add("page");
        }
        return bad;
    }

    /** The query; values that mean nothing filter nothing. */
    MessageLog.Query toQuery(ExchangeTimes times) {
        List<String> bad = invalid();
        return new MessageLog.Query(
                direction == null || bad.contains("direction") ? null : MessageLog.Direction.valueOf(direction),
                state == null || bad.contains("state") ? null : MessageState.valueOf(state),
                bad.contains("partner") ? null : partner,
                bad.contains("type") ? null : type,
                from == null ? null : times.startOf(from),
                to == null ? null : times.startOf(to.plusDays(1)));
    }

    /** The page index from 0. */
    int pageIndex() {
        return page == null || page < 1 ? 0 : Math.min(page - 1, MAX_PAGES - 1);
    }

    private static boolean oneOf(String value, Enum<?>[] values) {
        return Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
