package org.liaison.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** How Vietnamese, Chinese and English text becomes the terms the index keeps and a query asks for. */
class SearchAnalysisTest {

    static final Analyzer INDEX = SearchAnalysis.index();
    static final Analyzer QUERY = SearchAnalysis.query();

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("all", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }

    @Test
    void vietnameseIsFoldedSoTypingWithoutDiacriticsFindsTheWords() throws IOException {
        assertThat(terms(INDEX, "Tuyến vận chuyển ma túy qua cửa khẩu Trà Lĩnh"))
                .containsExactly("tuyen", "van", "chuyen", "ma", "tuy", "qua", "cua", "khau", "tra", "linh");
        assertThat(terms(QUERY, "ma tuy")).containsExactly("ma", "tuy");
        // the exact spelling, capitals and đ fold to the same terms
        assertThat(terms(QUERY, "MA TÚY")).containsExactly("ma", "tuy");
        assertThat(terms(QUERY, "Đoàn Thị Uyên")).containsExactly("doan", "thi", "uyen");
        // decomposed input (combining marks, as some keyboards send) is the same word
        assertThat(terms(QUERY, "tu\u0301y")).containsExactly("tuy");
    }

    @Test
    void hanTextIsIndexedInPairsAndSingleCharactersSoAnyTwoAdjacentCharactersFindIt() throws IOException {
        assertThat(terms(INDEX, "冰毒跨境")).contains("冰毒", "毒跨", "跨境", "冰", "毒");
        // a query of several characters asks for each adjacent pair, a single character for itself
        assertThat(terms(QUERY, "海洛因")).containsExactly("海洛", "洛因");
        assertThat(terms(QUERY, "毒")).containsExactly("毒");
        assertThat(terms(INDEX, "运输线索")).contains("输线");
    }

    @Test
    void mixedScriptsAndNumbersStayWhole() throws IOException {
        assertThat(terms(QUERY, "护照C7304518 Nguyễn Văn Sơn"))
                .containsExactly("护照", "c7304518", "nguyen", "van", "son");
        assertThat(terms(QUERY, "11C-024.68")).contains("11c");
    }

    @Test
    void fullWidthFormsFoldToTheirPlainLetters() throws IOException {
        assertThat(terms(QUERY, "ＧＸ－ＪＤ")).containsExactly("gx", "jd");
    }
}
