package org.liaison.screening.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks and doubled
 * quotes; CRLF, LF or CR line ends; a UTF-8 byte-order mark is skipped) one at a time, so a file of any length
 * streams. A record that breaks the format comes back with the problem and its line number, and reading goes on
 * with the next line. Blank lines are skipped. Kept in this one class so that a shared reader can replace it.
 */
final class CsvRows implements Closeable {

    /** Longer records are refused (most likely a quote that is never closed), and reading resumes at the next line. */
    static final int MAX_RECORD = 16_384;

    /**
     * One record.
     *
     * @param line    the line it starts on (the header is line 1)
     * @param problem why the record breaks the format, or null
     */
    record Row(long line, List<String> fields, Text problem) {

        boolean malformed() {
            return problem != null;
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private long line = 1;
    private int pushedBack = -2;
    private boolean started;

    CsvRows(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            endOfLine(c);
            c = read();
        }
        if (c == EOF) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int length = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (++length > MAX_RECORD) {
                skipLine(c);
                return new Row(start, List.of(), Text.of("screening.batch.row.tooLong", String.valueOf(MAX_RECORD)));
            }
            if (quoted) {
                if (c == EOF) {
                    return new Row(start, List.of(), Text.of("screening.batch.row.unclosedQuote"));
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\r' || c == '\n') {
                        field.append('\n');
                        endOfLine(c);
                    } else {
                        field.append((char) c);
                    }
                }
                c = read();
                continue;
            }
            if (c == ',' || c == '\n' || c == '\r' || c == EOF) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                if (c != ',') {
                    if (c != EOF) {
                        endOfLine(c);
                    }
                    return new Row(start, fields, null);
                }
            } else if (afterQuote) {
                skipLine(c);
                return new Row(start, List.of(), Text.of("screening.batch.row.afterQuote", String.valueOf(fields.size() + 1)));
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Moves past the rest of the line that {@code c} is on. */
    private void skipLine(int c) throws IOException {
        while (c != '\n' && c != '\r' && c != EOF) {
            c = read();
        }
        if (c != EOF) {
            endOfLine(c);
        }
    }

    /** Counts a line end; a CR followed by LF is one. */
    private void endOfLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int d = read();
            if (d != '\n') {
                pushedBack = d;
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
