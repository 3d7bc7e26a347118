package org.liaison.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.liaison.matching.BirthDate;
import org.liaison.matching.Identity;
import org.liaison.matching.Sex;

/**
 * Invented people of both sides of the border for the matching benchmark, drawn from the name parts and frequencies of
 * {@code bench/names.tsv}: Vietnamese (surname, middle names, given name) and Chinese (surname, one or two given-name
 * characters), each written in one of the ways records write them (with or without diacritics, in capitals, in Han
 * characters simplified or traditional, in pinyin spaced, joined or given name first, Chinese names in their
 * Hán-Việt reading, two scripts at once), with a birth date as precise as records give it, sex and nationality.
 * Person {@code i} of a seed is always the same person, so that a benchmark can come back to a listed person without
 * keeping the whole watchlist in memory.
 */
final class SyntheticPeople {

    /** One name part: a Han character with its Vietnamese and pinyin readings as names write them. */
    record Part(String han, String traditional, String vietnamese, String pinyin) {
    }

    /** A person: name parts surname first, whether the name is Chinese (else Vietnamese), attributes. */
    record Person(boolean chinese, List<Part> parts, Sex sex, LocalDate born) {
    }

    /** The ways a record may write a name. */
    enum Form {
        VIETNAMESE, VIETNAMESE_CAPITALS, VIETNAMESE_PLAIN, VIETNAMESE_GIVEN_NAME_FIRST, VIETNAMESE_WITHOUT_MIDDLE_NAME,
        HAN, HAN_TRADITIONAL, BOTH_SCRIPTS,
        PINYIN, PINYIN_TONES, PINYIN_CAPITAL_SURNAME, PINYIN_SPACED, PINYIN_HYPHEN, PINYIN_JOINED_CAPITALS,
        PINYIN_GIVEN_NAME_FIRST, HAN_VIET
    }

    private static final Form[] VIETNAMESE_FORMS = {Form.VIETNAMESE, Form.VIETNAMESE_CAPITALS, Form.VIETNAMESE_PLAIN,
            Form.HAN, Form.VIETNAMESE_GIVEN_NAME_FIRST, Form.VIETNAMESE_WITHOUT_MIDDLE_NAME, Form.HAN_TRADITIONAL, Form.BOTH_SCRIPTS};
    private static final double[] VIETNAMESE_FORM_WEIGHTS = {35, 25, 12, 15, 4, 3, 2, 4};
    private static final Form[] CHINESE_FORMS = {Form.HAN, Form.HAN_TRADITIONAL, Form.PINYIN, Form.PINYIN_TONES,
            Form.PINYIN_CAPITAL_SURNAME, Form.PINYIN_SPACED, Form.PINYIN_HYPHEN, Form.PINYIN_JOINED_CAPITALS,
            Form.PINYIN_GIVEN_NAME_FIRST, Form.HAN_VIET, Form.BOTH_SCRIPTS};
    private static final double[] CHINESE_FORM_WEIGHTS = {40, 5, 15, 3, 10, 5, 3, 3, 4, 8, 4};

    private final Map<String, Weighted> lists;

    private SyntheticPeople(Map<String, Weighted> lists) {
        this.lists = lists;
    }

    /** Parts with cumulative weights for drawing one. */
    private record Weighted(List<Part> parts, double[] cumulative) {
        Part draw(SplittableRandom r) {
            double x = r.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return parts.get(i >= 0 ? i : -i - 1);
        }
    }

    static SyntheticPeople load() {
        Map<String, List<Part>> parts = new HashMap<>();
        Map<String, List<Double>> weights = new HashMap<>();
        try (InputStream in = SyntheticPeople.class.getResourceAsStream("/bench/names.tsv")) {
            if (in == null) throw new IllegalStateException("bench/names.tsv is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) continue;
                String[] f = line.split("\t");
                if (f.length != 6) throw new IllegalStateException("bench/names.tsv: malformed row: " + line);
                String traditional = f[3].equals("-") ? f[2] : f[3];
                parts.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Part(f[2], traditional, f[4], f[5]));
                weights.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Weighted> lists = new HashMap<>();
        parts.forEach((kind, list) -> {
            double[] cumulative = new double[list.size()];
            double sum = 0;
            for (int i = 0; i < list.size(); i++) cumulative[i] = sum += weights.get(kind).get(i);
            lists.put(kind, new Weighted(List.copyOf(list), cumulative));
        });
        return new SyntheticPeople(lists);
    }

    /** Every part of one kind ({@code vn-surname}, {@code cn-given-female}…), for checking the list. */
    List<Part> parts(String kind) {
        return lists.get(kind).parts();
    }

    private Part draw(String kind, SplittableRandom r) {
        return lists.get(kind).draw(r);
    }

    /** Person {@code index} of {@code seed}: half of them Chinese, half Vietnamese. */
    Person person(long seed, long index) {
        SplittableRandom r = random(seed, index);
        boolean chinese = r.nextBoolean();
        Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        String suffix = sex == Sex.MALE ? "male" : "female";
        List<Part> parts = new ArrayList<>(4);
        if (chinese) {
            parts.add(draw("cn-surname", r));
            int given = r.nextDouble() < 0.86 ? 2 : 1;
            for (int i = 0; i < given; i++) {
                // given-name characters cross the sexes now and then (华, 春, 英)
                parts.add(draw(r.nextDouble() < 0.1 ? "cn-given-" + other(suffix) : "cn-given-" + suffix, r));
            }
        } else {
            parts.add(draw("vn-surname", r));
            double middles = r.nextDouble();
            if (middles < 0.85) {
                parts.add(draw("vn-middle-" + suffix, r));
            } else if (middles < 0.93) {
                parts.add(draw("vn-middle-" + suffix, r));
                parts.add(draw("vn-middle-" + suffix, r));
            }
            parts.add(draw("vn-given-" + suffix, r));
        }
        LocalDate born = LocalDate.ofEpochDay(LocalDate.of(1950, 1, 1).toEpochDay() + r.nextInt(56 * 365));
        return new Person(chinese, List.copyOf(parts), sex, born);
    }

    private static String other(String sex) {
        return sex.equals("male") ? "female" : "male";
    }

    static SplittableRandom random(long seed, long index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ index * 0xC2B2AE3D27D4EB4FL);
    }

    /** The person as a watchlist records them: one form of the name, most attributes known. */
    Identity listed(Person p, SplittableRandom r) {
        BirthDate birth = switch (pick(r, 60, 15, 15, 10)) {
            case 0 -> BirthDate.on(p.born());
            case 1 -> BirthDate.inMonth(p.born().getYear(), p.born().getMonthValue());
            case 2 -> BirthDate.inYear(p.born().getYear());
            default -> BirthDate.aroundYear(p.born().getYear());
        };
        return new Identity(name(p, form(p, r)), birth, r.nextDouble() < 0.9 ? p.sex() : null, nationality(p, r, 0.9));
    }

    /** The same person as another record writes them: another form of the name, fewer attributes. */
    Identity variant(Person p, Identity listed, SplittableRandom r) {
        String name;
        do {
            name = name(p, form(p, r));
        } while (name.equals(listed.name()));
        BirthDate birth = switch (pick(r, 50, 25, 25)) {
            case 0 -> BirthDate.on(p.born());
            case 1 -> BirthDate.inYear(p.born().getYear());
            default -> null;
        };
        return new Identity(name, birth, r.nextDouble() < 0.7 ? p.sex() : null, nationality(p, r, 0.5));
    }

    /** Someone not on the watchlist, written and described like a variant. */
    Identity stranger(long seed, long index) {
        Person p = person(seed ^ 0x5DEECE66DL, index);
        SplittableRandom r = random(seed + 1, index);
        return variant(p, new Identity("-", null, null, null), r);
    }

    private static String nationality(Person p, SplittableRandom r, double known) {
        if (r.nextDouble() >= known) return null;
        boolean own = r.nextDouble() < 0.95;
        return p.chinese() == own ? "CN" : "VN";
    }

    private static Form form(Person p, SplittableRandom r) {
        return p.chinese() ? CHINESE_FORMS[pick(r, CHINESE_FORM_WEIGHTS)] : VIETNAMESE_FORMS[pick(r, VIETNAMESE_FORM_WEIGHTS)];
    }

    private static int pick(SplittableRandom r, double... weights) {
        double sum = 0;
        for (double w : weights) sum += w;
        double x = r.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    /** The name written in {@code form}. */
    static String name(Person p, Form form) {
        List<Part> parts = p.parts();
        List<Part> given = parts.subList(1, parts.size());
        Part surname = parts.get(0);
        return switch (form) {
            case VIETNAMESE -> words(parts, Part::vietnamese);
            case VIETNAMESE_CAPITALS -> plain(words(parts, Part::vietnamese)).toUpperCase(Locale.ROOT);
            case VIETNAMESE_PLAIN -> plain(words(parts, Part::vietnamese));
            case VIETNAMESE_GIVEN_NAME_FIRST -> plain(words(given, Part::vietnamese)) + " " + plain(surname.vietnamese()).toUpperCase(Locale.ROOT);
            case VIETNAMESE_WITHOUT_MIDDLE_NAME -> words(withoutThiOrVan(parts), Part::vietnamese);
            case HAN -> characters(parts, Part::han);
            case HAN_TRADITIONAL -> characters(parts, Part::traditional);
            case BOTH_SCRIPTS -> characters(parts, Part::han) + " (" + (p.chinese() ? pinyin(surname, given, false) : words(parts, Part::vietnamese)) + ")";
            case PINYIN -> pinyin(surname, given, false);
            case PINYIN_TONES -> pinyin(surname, given, true);
            case PINYIN_CAPITAL_SURNAME -> plain(surname.pinyin()).toUpperCase(Locale.ROOT) + " " + joined(given);
            case PINYIN_SPACED -> plain(words(parts, Part::pinyin));
            case PINYIN_HYPHEN -> plain(surname.pinyin()) + " " + given.stream().map(g -> plain(g.pinyin()))
                    .collect(Collectors.joining("-")).transform(SyntheticPeople::capitalised);
            case PINYIN_JOINED_CAPITALS -> plain(characters(parts, Part::pinyin)).toUpperCase(Locale.ROOT);
            case PINYIN_GIVEN_NAME_FIRST -> joined(given) + " " + plain(surname.pinyin());
            case HAN_VIET -> words(parts, Part::vietnamese);
        };
    }

    /** Thị and Văn say little and are often left out; other middle names are kept. */
    private static List<Part> withoutThiOrVan(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        out.removeIf(x -> x != parts.get(0) && x != parts.get(parts.size() - 1) && (x.han().equals("氏") || x.han().equals("文")));
        return out;
    }

    private static String pinyin(Part surname, List<Part> given, boolean tones) {
        String g = given.stream().map(Part::pinyin).collect(Collectors.joining()).toLowerCase(Locale.ROOT).transform(SyntheticPeople::capitalised);
        return tones ? surname.pinyin() + " " + g : plain(surname.pinyin()) + " " + plain(g);
    }

    private static String joined(List<Part> given) {
        return plain(given.stream().map(Part::pinyin).collect(Collectors.joining()).toLowerCase(Locale.ROOT)).transform(SyntheticPeople::capitalised);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String words(List<Part> parts, java.util.function.Function<Part, String> spelling) {
        return parts.stream().map(spelling).collect(Collectors.joining(" "));
    }

    private static String characters(List<Part> parts, java.util.function.Function<Part, String> spelling) {
        return parts.stream().map(spelling).collect(Collectors.joining());
    }

    /** Without diacritics, as passports and forms write names: đ → d, ư → u. */
    static String plain(String s) {
        String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "");
    }
}
