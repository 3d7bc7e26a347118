package org.liaison.statistics;

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

    public long value(String key) {
        Number n = figures.get(key);
        return n == null ? 0 : n.longValue();
    }
}
