package org.liaison.matching;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How alike two identities are: a score from 0 (nothing in common) to 1 (same name, same script, same attributes),
 * and the evidence behind it, one line per aligned name part or attribute.
 */
public record NameMatch(double score, List<Evidence> evidence) {

    public NameMatch {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0..1, was " + score);
        }
        evidence = List.copyOf(evidence);
    }

    /** At or above {@link NameMatcher#OPERATING_THRESHOLD}. */
    public boolean isCandidate() {
        return score >= NameMatcher.OPERATING_THRESHOLD;
    }

    /** The evidence as one line, e.g. {@code Đoàn ~ 段 (Hán-Việt đoàn); Thị ~ 氏 (Hán-Việt thị); Uyên ~ 鸳 (Hán-Việt uyên)}. */
    public String explanation() {
        return evidence.stream().map(Evidence::text).collect(Collectors.joining("; "));
    }
}
