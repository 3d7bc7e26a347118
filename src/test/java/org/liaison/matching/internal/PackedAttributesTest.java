package org.liaison.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.liaison.matching.BirthDate;
import org.liaison.matching.Identity;
import org.liaison.matching.Sex;

/**
 * Attributes packed in one number come back as they went in, and compared packed they add exactly what comparing the
 * identities adds: the name index scores most bearers packed, and must find what comparing every entry finds.
 */
class PackedAttributesTest {

    private static final long SEED = Long.getLong("tests.seed", System.nanoTime());

    /** Close dates on purpose: same year, a year apart, same month, same day, every precision. */
    private static Identity random(Random r) {
        BirthDate birth = switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> BirthDate.on(java.time.LocalDate.of(1970 + r.nextInt(4), 1 + r.nextInt(2), 1 + r.nextInt(2)));
            case 2 -> BirthDate.inMonth(1970 + r.nextInt(4), 1 + r.nextInt(2));
            case 3 -> BirthDate.inYear(1970 + r.nextInt(4));
            default -> BirthDate.aroundYear(1968 + r.nextInt(8));
        };
        Sex sex = r.nextInt(3) == 0 ? null : Sex.values()[r.nextInt(Sex.values().length)];
        String nationality = List.of("", "VN", "CN", "LA", "ZZ").get(r.nextInt(5));
        return new Identity("Lê Văn An", birth, sex, nationality);
    }

    @Test
    void birthDatesAreWrittenAsTheyAreParsed() {
        assertThat(List.of(BirthDate.on(java.time.LocalDate.of(1975, 3, 4)), BirthDate.on(java.time.LocalDate.of(1975, 11, 24)),
                BirthDate.inMonth(1975, 3), BirthDate.inYear(1975), BirthDate.aroundYear(1975)))
                .extracting(BirthDate::toString).containsExactly("1975-03-04", "1975-11-24", "1975-03", "1975", "~1975");
    }

    @Test
    void packedAttributesComeBackAndCompareAsTheIdentitiesDo() {
        Random r = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            Identity a = random(r), b = random(r);
            long pa = PackedAttributes.pack(a), pb = PackedAttributes.pack(b);
            assertThat(PackedAttributes.identity(a.name(), pa, List.of())).as("seed %d", SEED).isEqualTo(a);
            if (a.birthDate() != null) assertThat(BirthDate.parse(a.birthDate().toString())).isEqualTo(a.birthDate());
            assertThat(AttributeComparison.compare(pa, pb)).as("seed %d: %s / %s", SEED, a, b)
                    .isEqualTo(AttributeComparison.compare(a, b, null));
        }
    }
}
