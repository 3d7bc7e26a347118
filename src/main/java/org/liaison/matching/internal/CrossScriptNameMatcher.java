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
        return compare(prepare(a), prepare(b));
    }

    PreparedIdentity prepare(Identity identity) {
        return new PreparedIdentity(identity, readings(identity.name()));
    }

    List<ParsedName> readings(String name) {
        ensureLoaded();
        return parser.readings(name);
    }

    ReadingTables tables() {
        ensureLoaded();
        return ReadingTables.get();
    }

    NameMatch compare(PreparedIdentity first, PreparedIdentity second) {
        return withAttributes(align(first.readings(), second.readings()), first.identity(), second.identity());
    }

    /** The names alone: the best alignment of any reading of one with any reading of the other ({@code null}: no parts). */
    Alignment align(List<ParsedName> ra, List<ParsedName> rb) {
        // where both records give Han characters, the characters decide: 罗琦全 Luo Qiquan is not 罗奇全
        boolean bothHan = ra.stream().anyMatch(CrossScriptNameMatcher::isHan) && rb.stream().anyMatch(CrossScriptNameMatcher::isHan);
        Alignment best = null;
        for (ParsedName na : ra) {
            for (ParsedName nb : rb) {
                if (bothHan && !(isHan(na) && isHan(nb))) continue;
                for (ParsedName va : systems(na, nb)) {
                    for (ParsedName vb : systems(nb, na)) {
                        for (List<NamePart> pa : va.alternatives()) {
                            for (List<NamePart> pb : vb.alternatives()) {
                                Alignment al = Alignment.of(pa, va, pb, vb, comparison);
                                if (best == null || al.score > best.score) best = al;
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The name score of {@code names} nudged by birth date, sex and nationality. */
    static NameMatch withAttributes(Alignment names, Identity a, Identity b) {
        List<Evidence> evidence = new ArrayList<>(names == null ? List.of() : names.evidence);
        double score = names == null ? 0 : names.score;
        score += AttributeComparison.compare(a, b, evidence::add);
        return new NameMatch(Math.max(0, Math.min(1, score)), evidence);
    }

    private static boolean isHan(ParsedName n) {
        return n.script() == ParsedName.Script.HAN;
    }

    /**
     * A Latin name compared with a Han name is read in one system throughout, Hán-Việt or pinyin: LE VAN AN is not
     * 乐文安 with le read as pinyin and van, an as Hán-Việt.
     */
    private static List<ParsedName> systems(ParsedName name, ParsedName other) {
        if (name.script() == ParsedName.Script.LATIN && other.script() == ParsedName.Script.HAN) {
            return List.of(name.readAs(ParsedName.Script.VIETNAMESE), name.readAs(ParsedName.Script.PINYIN));
        }
        return List.of(name);
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
    public String describeTables() {
        return tables().describe();
    }
}
