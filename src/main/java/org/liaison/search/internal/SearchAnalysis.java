package org.liaison.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * How text becomes terms, for Vietnamese, Chinese and English alike. ICU splits words by the Unicode rules
 * (Vietnamese syllables at spaces, Han characters one by one); Han characters are then paired (冰毒, 毒品) so any
 * two adjacent characters find the text without a Chinese dictionary; everything is folded (case, diacritics, đ to
 * d, full-width forms), so {@code ma tuy}, {@code MA TÚY} and {@code ma túy} are the same words.
 */
final class SearchAnalysis {

    private SearchAnalysis() {
    }

    /**
     * For indexing: single Han characters are kept beside the pairs, so a one-character query (毒) finds text too.
     */
    static Analyzer index() {
        return analyzer(true);
    }

    /**
     * For queries: pairs only (a lone character stays single), so a query of several Han characters asks for each
     * adjacent pair and not for every character anywhere.
     */
    static Analyzer query() {
        return analyzer(false);
    }

    private static Analyzer analyzer(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                // cjkAsWords=false: Han characters come out one by one, for the bigram filter to pair
                Tokenizer words = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
                TokenStream pairs = new CJKBigramFilter(words, CJKBigramFilter.HAN, unigrams);
                return new TokenStreamComponents(words, new ICUFoldingFilter(pairs));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }
}
