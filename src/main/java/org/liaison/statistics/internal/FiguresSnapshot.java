package org.liaison.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures one side counted for a period with its partner, as exchanged for reconciliation: every statistic
 * under the counting side's own key (its {@code reports_sent} are the other side's {@code reports_received}), with
 * the ids of the records behind it. Ids only, no titles: a record the other side does not hold stays unnamed there.
 *
 * @param agency the side that counted
 * @param takenMs when it counted
 */
public record FiguresSnapshot(String agency, LocalDate from, LocalDate to, long takenMs, Map<String, Line> lines) {

    public FiguresSnapshot {
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /** @param value the figure written plainly (a count, a percentage, a quantity such as 12.5) */
    public record Line(String value, List<String> records) {

        public Line {
            records = List.copyOf(records);
        }
    }

    /**
     * The SHA-256 of the values and record ids, in key order: the same figures give the same fingerprint on
     * either node, so an agreement can tell whether the figures it was given on are still the figures.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(lines).forEach((key, line) -> text.append(key).append('=').append(line.value()).append(':')
                .append(String.join(",", line.records().stream().sorted().toList())).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
