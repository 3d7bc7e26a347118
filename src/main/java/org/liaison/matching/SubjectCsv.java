package org.liaison.matching;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.liaison.matching.internal.CsvRecords;

/**
 * CSV files of people to screen or to screen against (a watchlist, a border-gate crossing list) and of the candidates
 * found. Input: UTF-8, a first row naming the columns in any order, {@code id} and {@code name} required,
 * {@code birth_date} (1975-03-14, 1975-03, 1975 or ~1975), {@code sex} (M or F), {@code nationality} (ISO 3166 alpha-2
 * or alpha-3: VN, VNM, CN, CHN) and {@code id_number} optional ({@linkplain IdNumber#read read} as a Vietnamese
 * citizen id or a Chinese resident id by its format, and scored); other columns are ignored. Each row comes back as a
 * {@link Row} or, when it cannot be read, a {@link RowError} with its line number, so that one bad row does not stop a
 * large file. Errors carry a message key of the {@code messages/matching} bundle and its arguments, for pages in the
 * reader's language, and {@link RowError#message(Locale)} for the command line.
 */
public final class SubjectCsv {

    public static final List<String> COLUMNS = List.of("id", "name", "birth_date", "sex", "nationality", "id_number");
    public static final String RESULT_HEADER = "subject_id,watchlist_id,score,explanation";
    /** Longer names are left out: no one is called that, and every character widens the index query. */
    public static final int MAX_NAME = 200;

    private static final String BUNDLE = "messages/matching";
    private static final Map<String, String> ALPHA2 = alpha2Codes();

    private SubjectCsv() {
    }

    /** A line of the file as read: a {@link Row} or a {@link RowError}. */
    public sealed interface Line {
        /** The line of the file the row starts on (the header is line 1). */
        long line();
    }

    /**
     * A row read; {@code idNumber} is the field as written, {@code null} when the file has no such column or the field
     * is empty (the identity carries it normalised).
     */
    public record Row(long line, String id, Identity identity, String idNumber) implements Line {
    }

    /** A row left out, and why: a key of {@code messages/matching} and its arguments. */
    public record RowError(long line, String messageKey, List<String> args) implements Line {

        public RowError {
            args = List.copyOf(args);
        }

        /** The reason in {@code locale}, e.g. {@code The name is empty.} */
        public String message(Locale locale) {
            return text(locale, messageKey, args);
        }

        /** The line and the reason, e.g. {@code Line 12: The name is empty.} */
        public String lineMessage(Locale locale) {
            return text(locale, "matching.csv.line", List.of(Long.toString(line), message(locale)));
        }
    }

    /** The file cannot be read as people at all (no first row, a required column missing). */
    public static final class FileError extends RuntimeException {
        private final String messageKey;
        private final List<String> args;

        FileError(String messageKey, String... args) {
            super(text(Locale.ENGLISH, messageKey, List.of(args)));
            this.messageKey = messageKey;
            this.args = List.of(args);
        }

        public String messageKey() {
            return messageKey;
        }

        public List<String> args() {
            return args;
        }

        public String message(Locale locale) {
            return text(locale, messageKey, args);
        }
    }

    /**
     * The rows of {@code in}, read as the stream is consumed; closing the stream closes {@code in}.
     *
     * @throws FileError when the first row does not name the required columns (read at once)
     */
    public static Stream<Line> read(Reader in) {
        CsvRecords records = new CsvRecords(in);
        Header header = header(next(records));
        Iterator<Line> lines = new Iterator<>() {
            private CsvRecords.Record next = SubjectCsv.next(records);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Line next() {
                if (next == null) throw new NoSuchElementException();
                CsvRecords.Record r = next;
                next = SubjectCsv.next(records);
                return header.line(r);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static CsvRecords.Record next(CsvRecords records) {
        try {
            return records.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where each column is. */
    private record Header(int size, Map<String, Integer> at) {

        Line line(CsvRecords.Record r) {
            long n = r.line();
            if (r.malformed()) return new RowError(n, "matching.csv.quote", List.of());
            List<String> f = r.fields();
            if (f.size() != size) return new RowError(n, "matching.csv.columns", List.of(Integer.toString(f.size()), Integer.toString(size)));
            String id = field(f, "id"), name = field(f, "name");
            if (id == null) return new RowError(n, "matching.csv.noId", List.of());
            if (name == null) return new RowError(n, "matching.csv.noName", List.of());
            if (name.length() > MAX_NAME) {
                return new RowError(n, "matching.csv.nameTooLong", List.of(Integer.toString(name.length()), Integer.toString(MAX_NAME)));
            }
            BirthDate birthDate = null;
            String date = field(f, "birth_date");
            if (date != null) {
                try {
                    birthDate = BirthDate.parse(date);
                } catch (IllegalArgumentException e) {
                    return new RowError(n, "matching.csv.birthDate", List.of(date));
                }
            }
            String sexText = field(f, "sex");
            Sex sex = sexText == null ? null : sex(sexText);
            if (sexText != null && sex == null) return new RowError(n, "matching.csv.sex", List.of(sexText));
            String nationalityText = field(f, "nationality");
            String nationality = nationalityText == null ? null : ALPHA2.get(nationalityText.toUpperCase(Locale.ROOT));
            if (nationalityText != null && nationality == null) return new RowError(n, "matching.csv.nationality", List.of(nationalityText));
            String idNumber = field(f, "id_number");
            List<IdNumber> numbers = idNumber == null || IdNumber.normalise(idNumber).isEmpty()
                    ? List.of() : List.of(IdNumber.read(idNumber));
            return new Row(n, id, new Identity(name, birthDate, sex, nationality, numbers), idNumber);
        }

        /** The field of a column, {@code null} when the file has no such column or it is empty. */
        private String field(List<String> fields, String column) {
            Integer i = at.get(column);
            if (i == null) return null;
            String v = fields.get(i);
            return v.isEmpty() ? null : v;
        }
    }

    private static Header header(CsvRecords.Record first) {
        if (first == null) throw new FileError("matching.csv.empty");
        if (first.malformed()) throw new FileError("matching.csv.quote");
        Map<String, Integer> at = new HashMap<>();
        List<String> names = first.fields();
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) continue;
            if (at.put(column, i) != null) throw new FileError("matching.csv.duplicateColumn", column);
        }
        for (String required : List.of("id", "name")) {
            if (!at.containsKey(required)) throw new FileError("matching.csv.missingColumn", required);
        }
        return new Header(names.size(), at);
    }

    /** M / F, also spelled out or as Vietnamese (nam, nữ) and Chinese (男, 女) forms write it. */
    private static Sex sex(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "m", "male", "nam", "男" -> Sex.MALE;
            case "f", "female", "nữ", "nu", "女" -> Sex.FEMALE;
            default -> null;
        };
    }

    /** Alpha-2 and alpha-3 codes to alpha-2, as {@link Identity} takes them. */
    private static Map<String, String> alpha2Codes() {
        Map<String, String> codes = new HashMap<>();
        Set<String> alpha2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        for (String a2 : alpha2) {
            codes.put(a2, a2);
            codes.put(new Locale.Builder().setRegion(a2).build().getISO3Country(), a2);
        }
        return Map.copyOf(codes);
    }

    /** Writes {@link #RESULT_HEADER} and a line break. */
    public static void writeResultHeader(Appendable out) throws IOException {
        out.append(RESULT_HEADER).append('\n');
    }

    /** One result row: the subject's id, the candidate's id, the score with three decimals, the explanation. */
    public static void writeResult(Appendable out, String subjectId, Candidate candidate) throws IOException {
        out.append(quoted(subjectId)).append(',')
                .append(quoted(candidate.entry().id())).append(',')
                .append(score(candidate.match().score())).append(',')
                .append(quoted(candidate.match().explanation())).append('\n');
    }

    /**
     * A score with three decimals, as {@code String.format(Locale.ROOT, "%.3f", score)} writes it, at a fraction of its
     * cost: a batch writes tens of millions. Scores within a millionth of a rounding tie, and any outside 0–1, are left
     * to the formatter.
     */
    static String score(double score) {
        double scaled = score * 1000;
        if (score >= 0 && score <= 1 && Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) {
            long r = Math.round(scaled);
            return new String(new char[] {(char) ('0' + r / 1000), '.', (char) ('0' + r / 100 % 10),
                    (char) ('0' + r / 10 % 10), (char) ('0' + r % 10)});
        }
        return String.format(Locale.ROOT, "%.3f", score);
    }

    /** A field as CSV writes it: in double quotes, quotes doubled, when it holds a comma, quote or line break. */
    public static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) return field;
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String text(Locale locale, String key, List<String> args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        // as Spring's MessageSource: a text without arguments is not a MessageFormat pattern
        return args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
    }

}
