package org.liaison.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/**
 * CSV files of people to screen ({@code id,name,birth_date,sex,nationality}) mixing good rows with rows that each
 * break one rule, and knowing the line every row starts on: quoted fields with commas, quotes and line breaks, odd
 * Unicode and huge names, blank lines, any line ending; and bytes that are no CSV at all.
 */
public record HostileCsv(String text, List<Expected> rows) {

    public static final String HEADER = "id,name,birth_date,sex,nationality";

    /** A data row: the line it starts on and whether a reader must accept it. */
    public record Expected(long line, boolean good) {
    }

    /** How one generated row is written and whether it is good. */
    private record Cells(String text, boolean good) {
    }

    /** {@code @ForAll @From(supplier = HostileCsv.Files.class)}: {@link #files()}. */
    public static final class Files implements ArbitrarySupplier<HostileCsv> {
        @Override
        public Arbitrary<HostileCsv> get() {
            return files();
        }
    }

    /** {@code @ForAll @From(supplier = HostileCsv.NotCsv.class)}: {@link #notCsv()}. */
    public static final class NotCsv implements ArbitrarySupplier<byte[]> {
        @Override
        public Arbitrary<byte[]> get() {
            return notCsv();
        }
    }

    /** The rows that must be accepted. */
    public long good() {
        return rows.stream().filter(Expected::good).count();
    }

    /** The longest name a reader takes (screening's limit and the CSV reader's). */
    public static final int LONGEST_NAME = 200;

    /** Files of zero to 40 rows, good and bad mixed, with blank lines between some. */
    public static Arbitrary<HostileCsv> files() {
        Arbitrary<Cells> row = Arbitraries.frequencyOf(
                HostileValues.weighted(5, goodRow()),
                HostileValues.weighted(4, badRow()),
                HostileValues.weighted(1, Arbitraries.just(new Cells("", true))));
        return Combinators.combine(row.list().ofMaxSize(40), Arbitraries.of("\n", "\r\n", "\r"),
                Arbitraries.of(true, false), Arbitraries.of("", "\ufeff")).as(HostileCsv::write);
    }

    private static HostileCsv write(List<Cells> cells, String eol, boolean lastEol, String bom) {
        StringBuilder text = new StringBuilder(bom).append(HEADER);
        List<Expected> rows = new ArrayList<>();
        long line = 1;
        int n = 0;
        for (Cells c : cells) {
            text.append(eol);
            line++;
            if (c.text().isEmpty()) {
                continue; // a blank line: skipped, but counted
            }
            // ids are unique so that a reader that refuses repeated ids has nothing to refuse
            String row = c.text().replace("{id}", "r" + n++);
            rows.add(new Expected(line, c.good()));
            text.append(row);
            line += lineBreaksIn(row);
        }
        if (lastEol && !cells.isEmpty()) {
            text.append(eol);
        }
        return new HostileCsv(text.toString(), List.copyOf(rows));
    }

    /** Line breaks inside a row (only in quoted fields), counting CR LF once. */
    private static long lineBreaksIn(String row) {
        return row.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
    }

    private static Arbitrary<Cells> goodRow() {
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.of("Đoàn Thị Uyên", "段氏鸳", "LUO, Qiquan", "Nguyễn \"Văn\" An", "Lê Thị\nHoa", "罗琦全"),
                HostileValues.unicodeEdgeCases(),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMinLength(1).ofMaxLength(LONGEST_NAME),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(LONGEST_NAME))
                // a NUL byte marks a file as binary (a spreadsheet, an image); U+FFFD, text that was not UTF-8
                .filter(s -> !s.strip().isEmpty() && s.strip().equals(s) && s.length() <= LONGEST_NAME
                        && s.indexOf(0) < 0 && s.indexOf('\ufffd') < 0);
        Arbitrary<String> date = Arbitraries.of("", "1985-03-14", "1962-07", "1975", "~1985");
        Arbitrary<String> sex = Arbitraries.of("", "M", "F", "nữ", "男");
        Arbitrary<String> nationality = Arbitraries.of("", "VN", "VNM", "cn", "CHN");
        return Combinators.combine(name, date, sex, nationality)
                .as((n, d, s, c) -> new Cells("{id}," + quoted(n) + "," + d + "," + s + "," + c, true));
    }

    private static Arbitrary<Cells> badRow() {
        Arbitrary<Cells> longName = HostileValues.oversized().filter(s -> s.strip().length() > LONGEST_NAME)
                .map(s -> new Cells("{id}," + quoted(s) + ",1970,M,VN", false));
        return Arbitraries.frequencyOf(HostileValues.weighted(1, longName), HostileValues.weighted(6, Arbitraries.of(
                "{id},Trần Văn Bình,1970", // too few fields
                "{id},Trần Văn Bình,1970,M,VN,extra", // too many
                ",Đỗ Văn Giang,1970,M,VN", // no id
                "{id},,1970,M,VN", // no name
                "{id},\"  \",1970,M,VN",
                "{id},Phạm Văn Cường,0000-00-00,M,VN",
                "{id},Phạm Văn Cường,2024-02-30,M,VN",
                "{id},Phạm Văn Cường,31/12/2024,M,VN",
                "{id},Phạm Văn Cường,abcd,M,VN",
                "{id},Hoàng Văn Dũng,1970,X,VN",
                "{id},Hoàng Văn Dũng,1970,maybe,VN",
                "{id},Hoàng Văn Dũng,1970,M,VM",
                "{id},Hoàng Văn Dũng,1970,M,ZZZ",
                "{id},\"Vũ Văn \"Em\",1970,M,VN", // a quote closed in the middle of a field
                "{id},\"Vũ\"x,1970,M,VN")
                .map(text -> new Cells(text, false))));
    }

    /** A field as a careful writer quotes it. */
    public static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Bytes that are not a UTF-8 CSV of people: random, other encodings, a header only, nothing. */
    public static Arbitrary<byte[]> notCsv() {
        String sample = HEADER + "\n1,José Müller,1970,M,VN\n";
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000),
                Arbitraries.of(new byte[0], HEADER.getBytes(StandardCharsets.UTF_8),
                        sample.getBytes(StandardCharsets.ISO_8859_1), sample.getBytes(StandardCharsets.UTF_16),
                        sample.getBytes(StandardCharsets.UTF_16LE), "name,birth_date\nAn,1970\n".getBytes(StandardCharsets.UTF_8),
                        "id,id,name\n".getBytes(StandardCharsets.UTF_8), "\"id,name\n1,An\n".getBytes(StandardCharsets.UTF_8)),
                HostileValues.text().map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }
}
