package org.liaison.matching.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: commas, fields in double quotes may hold commas, quotes doubled and line breaks) one at
 * a time, knowing the line each record starts on. A record whose quotes are broken is reported as such and reading
 * goes on with the next line, where a general CSV parser would stop at the first broken row of a large file.
 */
public final class CsvRecords {

    /** A record: its fields, or {@code malformed} when a quoted field was not closed properly. */
    public record Record(long line, List<String> fields, boolean malformed) {
    }

    private final Reader in;
    private long line = 1;
    private int peeked = -2;
    private boolean started;

    /** {@code in} should be buffered; a byte-order mark at its start is skipped. */
    public CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or {@code null} at the end; lines holding nothing at all are skipped. */
    public Record next() throws IOException {
        int c = read();
        if (!started && c == 0xFEFF) c = read();
        started = true;
        while (c == '\n' || c == '\r') {
            endOfLine(c);
            c = read();
        }
        if (c == -1) return null;
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                if (!quoted(field)) return skipRestOfLine(start, fields);
                c = read();
                while (c == ' ' || c == '\t') c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) return skipRestOfLine(start, fields);
                continue;
            }
            if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                fields.add(field.toString().strip());
                field.setLength(0);
                if (c != ',') {
                    if (c != -1) endOfLine(c);
                    return new Record(start, List.copyOf(fields), false);
                }
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field after its opening quote; false when the file ends first. */
    private boolean quoted(StringBuilder field) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) return false;
            if (c == '"') {
                int n = read();
                if (n == '"') {
                    field.append('"');
                    continue;
                }
                unread(n);
                return true;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                field.append('\n');
            } else {
                field.append((char) c);
            }
        }
    }

    private Record skipRestOfLine(long start, List<String> fields) throws IOException {
        int c = read();
        while (c != '\n' && c != '\r' && c != -1) c = read();
        if (c != -1) endOfLine(c);
        return new Record(start, List.copyOf(fields), true);
    }

    /** Counts a line break, taking CR LF as one. */
    private void endOfLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int n = read();
            if (n != '\n') unread(n);
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        peeked = c;
    }
}
