package org.liaison.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How names are split into parts and spelled for comparison. */
class NameParserTest {

    private final ReadingTables tables = ReadingTables.get();
    private final NameParser parser = new NameParser(tables);

    private static List<String> written(List<NamePart> parts) {
        return parts.stream().map(NamePart::written).toList();
    }

    @Test
    void splitsJoinedPinyinKeepingTheWordWholeAsAnAlternative() {
        ParsedName n = parser.parse("ZHURONGJI");
        assertThat(n.alternatives()).extracting(NameParserTest::written)
                .contains(List.of("ZHU", "RONG", "JI"), List.of("ZHURONGJI"));
    }

    @Test
    void keepsAVietnameseSyllableWhole() {
        assertThat(parser.parse("Nguyễn Văn An").alternatives()).hasSize(1);
        assertThat(parser.parse("Xiaoying").alternatives()).extracting(NameParserTest::written).contains(List.of("Xiao", "ying"));
    }

    @Test
    void splitsHanCharactersOneByOneAndFoldsTraditional() {
        ParsedName n = parser.parse("羅琦全");
        assertThat(n.script()).isEqualTo(ParsedName.Script.HAN);
        List<NamePart> parts = n.alternatives().get(0);
        assertThat(parts).hasSize(3);
        assertThat(((NamePart.Han) parts.get(0)).simplified()).isEqualTo('罗');
        assertThat(((NamePart.Han) parts.get(0)).surnamePosition()).isTrue();
    }

    @Test
    void tellsVietnameseFromPinyinByTheirMarks() {
        assertThat(parser.parse("Tập Cận Bình").script()).isEqualTo(ParsedName.Script.VIETNAMESE);
        assertThat(parser.parse("Xí Jìnpíng").script()).isEqualTo(ParsedName.Script.LATIN);
        assertThat(parser.parse("Lǚ Dòngbīn").script()).isEqualTo(ParsedName.Script.PINYIN);
        assertThat(parser.parse("Xi2 Jin4ping2").script()).isEqualTo(ParsedName.Script.PINYIN);
        assertThat(parser.parse("LUO Qi-quan").marked()).isFalse();
        assertThat(parser.parse("LUO Qi-quan").pinyinLike()).isTrue();
        assertThat(parser.parse("DOAN THI UYEN").pinyinLike()).isFalse();
    }

    @Test
    void spellsTheSameSyllableTheSameWay() {
        assertThat(LatinSpelling.plain("Đoàn")).isEqualTo("doan");
        assertThat(LatinSpelling.exact("hòa")).isEqualTo(LatinSpelling.exact("hoà"));
        assertThat(LatinSpelling.exact("Lý")).isEqualTo(LatinSpelling.exact("lí"));
        assertThat(LatinSpelling.exact("Quý")).isEqualTo(LatinSpelling.exact("quí"));
        assertThat(LatinSpelling.exact("Thụy")).isNotEqualTo(LatinSpelling.exact("thụi"));
        assertThat(LatinSpelling.exact("An")).isNotEqualTo(LatinSpelling.exact("Ân"));
        assertThat(LatinSpelling.plain("LYU")).isEqualTo(LatinSpelling.plain("Lü")).isEqualTo("lu");
    }

    @Test
    void readingTablesHoldTheNameCharacters() {
        assertThat(tables.hanViet('段')).extracting(Reading::written).contains("đoàn", "đoạn");
        assertThat(tables.hanViet('阮')).extracting(Reading::written).containsExactly("nguyễn");
        assertThat(tables.hanViet('仲')).extracting(Reading::written).containsExactly("trọng");
        assertThat(tables.hanViet('羅')).extracting(Reading::written).contains("la");
        assertThat(tables.mandarin('罗')).extracting(Reading::written).contains("luó");
        assertThat(tables.simplify('習')).isEqualTo('习');
        assertThat(tables.surnameReadings("曾")).extracting(Reading::written).containsExactly("zēng");
        System.out.println(tables.describe());
    }
}
