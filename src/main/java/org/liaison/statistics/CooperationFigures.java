package org.liaison.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one period with one partner, under stable keys ({@code delegations}, {@code handovers_to_cn},
 * {@code cases_drugs}, {@code seizures_heroin_kg}...), in the order the report lists them.
 */
public record CooperationFigures(LocalDate from, LocalDate to, String agency, String partner,
                                 Map<String, Number> figures) {

    public CooperationFigures {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** A figure as written in reports: decimals without exponent (1200, 1.5), counts as they are. */
    public static String plain(Number value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    public long value(String key) {
        Number n = figures.get(key);
        return n == null ? 0 : n.longValue();
    }
}
