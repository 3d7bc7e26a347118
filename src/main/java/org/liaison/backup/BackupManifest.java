package org.liaison.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a backup archive holds: whose node, when, and the row count of every table of the database snapshot, so that a
 * restore can prove it brought every record back.
 */
public record BackupManifest(int format, String agency, Instant created, SortedMap<String, Long> rowCounts) {

    public static final int FORMAT = 1;
    public static final String ENTRY = "manifest.properties";

    public BackupManifest {
        rowCounts = new TreeMap<>(rowCounts);
    }

    public long rows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public void writeTo(OutputStream out) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(format));
        p.setProperty("agency", agency);
        p.setProperty("created", created.toString());
        rowCounts.forEach((table, count) -> p.setProperty("rows." + table, Long.toString(count)));
        p.store(out, "Liaison node backup");
    }

    public static BackupManifest readFrom(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        String format = p.getProperty("format");
        if (format == null || p.getProperty("agency") == null || p.getProperty("created") == null) {
            throw new IOException("the manifest lacks format, agency or created");
        }
        SortedMap<String, Long> counts = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("rows.")) {
                counts.put(key.substring(5), Long.parseLong(p.getProperty(key)));
            }
        }
        try {
            return new BackupManifest(Integer.parseInt(format), p.getProperty("agency"),
                    Instant.parse(p.getProperty("created")), counts);
        } catch (RuntimeException e) {
            throw new IOException("the manifest is malformed: " + e.getMessage(), e);
        }
    }

    /** Tables whose count differs from {@code actual}, as {@code table: expected -> actual}. */
    public Map<String, String> differences(Map<String, Long> actual) {
        SortedMap<String, String> diff = new TreeMap<>();
        rowCounts.forEach((table, expected) -> {
            Long found = actual.get(table);
            if (!expected.equals(found)) {
                diff.put(table, expected + " -> " + (found == null ? "missing" : found));
            }
        });
        actual.keySet().stream().filter(t -> !rowCounts.containsKey(t))
                .forEach(t -> diff.put(t, "not in backup -> " + actual.get(t)));
        return diff;
    }
}
