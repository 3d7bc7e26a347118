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
        assertThat(tables.surnameReading('曾').written()).isEqualTo("zēng");
        assertThat(tables.surnameReading('單').written()).isEqualTo("shàn");
        assertThat(tables.surnameReading('王')).isNull();
        System.out.println(tables.describe());
    }

    /** surnames.tsv is a snapshot of ICU's Han-Latin/Names: the common surnames and every listed one still agree. */
    @Test
    void surnameReadingsAgreeWithIcu() {
        com.ibm.icu.text.Transliterator names = com.ibm.icu.text.Transliterator.getInstance("Han-Latin/Names");
        String surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
                + "崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇查区朴乐盖翟长重燕";
        surnames.codePoints().forEach(c -> {
            Reading surname = tables.surnameReading(c);
            String expected = names.transliterate(new String(Character.toChars(c))).strip();
            String actual = surname != null ? surname.written() : tables.mandarin(c).get(0).written();
            assertThat(actual).as("reading of %s as a surname", new String(Character.toChars(c))).isEqualTo(expected);
        });
    }
}
