package org.liaison.matching;

import org.liaison.matching.internal.CrossScriptNameMatcher;

/**
 * Compares two identities whose names may be written in different scripts (Vietnamese, Han characters, pinyin,
 * capitals without diacritics) and says how alike they are and why.
 */
public interface NameMatcher {

    /**
     * The operating point: a pair scoring at or above it is a candidate match shown to an officer. The screening
     * pages, the batch screen and the {@code screen} CLI all default to it. One token of a three-syllable name
     * that differs (Nguyễn Văn An / Nguyễn Văn Anh, 习近平 / 习远平) keeps a pair below it.
     */
    double OPERATING_THRESHOLD = 0.80;

    NameMatch compare(Identity a, Identity b);

    default NameMatch compare(String a, String b) {
        return compare(Identity.named(a), Identity.named(b));
    }

    /** The matcher over the shipped reading tables; they load on first use. */
    static NameMatcher standard() {
        return CrossScriptNameMatcher.shared();
    }
}
