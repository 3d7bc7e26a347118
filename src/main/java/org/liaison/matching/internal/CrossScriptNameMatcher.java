package org.liaison.matching.internal;

import java.util.ArrayList;
import java.util.List;

import org.liaison.matching.Evidence;
import org.liaison.matching.Identity;
import org.liaison.matching.NameMatch;
import org.liaison.matching.NameMatcher;
import org.springframework.stereotype.Component;

/**
 * {@link NameMatcher} over the shipped reading tables: parses both names, aligns their parts across scripts, scores
 * the best reading of each, then lets birth date, sex and nationality nudge the score.
 */
@Component
public final class CrossScriptNameMatcher implements NameMatcher {

    private static final class Shared {
        static final CrossScriptNameMatcher INSTANCE = new CrossScriptNameMatcher();
    }

    private volatile NameParser parser;
    private volatile PartComparison comparison;

    /** Cheap: the tables load on the first comparison, not at node start. */
    public CrossScriptNameMatcher() {
    }

    public static NameMatcher shared() {
        return Shared.INSTANCE;
    }

    @Override
    public NameMatch compare(Identity a, Identity b) {
        ensureLoaded();
        ParsedName na = parser.parse(a.name()), nb = parser.parse(b.name());
        Alignment best = null;
        for (List<NamePart> pa : na.alternatives()) {
            for (List<NamePart> pb : nb.alternatives()) {
                Alignment al = Alignment.of(pa, na, pb, nb, comparison);
                if (best == null || al.score > best.score) best = al;
            }
        }
        List<Evidence> evidence = new ArrayList<>(best == null ? List.of() : best.evidence);
        double score = best == null ? 0 : best.score;
        score += AttributeComparison.compare(a, b, evidence::add);
        return new NameMatch(Math.max(0, Math.min(1, score)), evidence);
    }

    private void ensureLoaded() {
        if (comparison == null) {
            synchronized (this) {
                if (comparison == null) {
                    ReadingTables tables = ReadingTables.get();
                    parser = new NameParser(tables);
                    comparison = new PartComparison(tables);
                }
            }
        }
    }

    /** Sizes of the reading tables and how long they took to load (loads them if needed). */
    public String tables() {
        ensureLoaded();
        return ReadingTables.get().describe();
    }
}
