package org.liaison.matching.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a subject's name parts an entry must share {@linkplain NameKeys keys} with, and how much the entry's name may
 * weigh, for the pair to reach a score at all; an index scores only the entries that meet one of these requirements,
 * and loses none that the scorer would accept.
 *
 * <p>Why that holds: two parts are paired only if they are alike, and alike parts share a key. The {@link Alignment}
 * score is a weighted Dice coefficient in which a paired part scores at most 1 and an unpaired one counts twice, so
 * pairing {@code k} of the subject's parts (weighing {@code pa} of its {@code wa}) with parts of an entry whose name
 * weighs {@code wb} scores at most {@code (pa + pb) / (2·wa − pa + 2·wb − pb)} with {@code pb = min(k, wb)}; the order
 * penalty only lowers it and the attributes add at most {@link AttributeComparison#maxBonus}. An entry that shares keys
 * with no combination of parts reaching the target cannot be a candidate.
 */
final class Blocking {

    /** Ways of reading with more parts than this are not split into combinations (2^n of them). */
    static final int MAX_COMBINED_PARTS = 10;
    /** More combinations than this make one looser requirement: the fewest parts any combination needs. */
    static final int MAX_REQUIREMENTS = 48;
    /** Entry weights (in half units) beyond this are taken as unbounded. */
    private static final int MAX_HALF_WEIGHTS = 1_000;
    /** Keeps rounding on the side of scoring one entry too many. */
    private static final double EPSILON = 1e-9;

    private Blocking() {
    }

    /**
     * Entries must share keys with at least {@code minimumShared} of {@code parts} (indices into the way's parts) and
     * have a way of reading that weighs, in half units, from {@code minHalfWeights} to {@code maxHalfWeights}.
     */
    record Requirement(List<Integer> parts, int minimumShared, int minHalfWeights, int maxHalfWeights) {

        boolean anyWeight() {
            return minHalfWeights <= 1 && maxHalfWeights == Integer.MAX_VALUE;
        }
    }

    /**
     * The requirements for a way of reading the subject whose parts weigh {@code weights}, to reach {@code target} (the
     * threshold less the most the subject's attributes can add, above 0); an entry meeting none cannot reach it.
     */
    static List<Requirement> of(double[] weights, double target) {
        int n = weights.length;
        if (n == 0) return List.of();
        double wa = 0;
        for (double w : weights) wa += w;
        if (n > MAX_COMBINED_PARTS) return fewest(weights, wa, target);
        int full = 1 << n;
        int[][] ranges = new int[full][];
        for (int mask = 1; mask < full; mask++) {
            double pa = 0;
            for (int i = 0; i < n; i++) if ((mask & 1 << i) != 0) pa += weights[i];
            ranges[mask] = halfWeightRange(wa, pa, Integer.bitCount(mask), target);
        }
        List<Requirement> out = new ArrayList<>();
        for (int mask = 1; mask < full; mask++) {
            if (ranges[mask] == null || coveredBySubset(mask, ranges)) continue;
            List<Integer> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) if ((mask & 1 << i) != 0) parts.add(i);
            out.add(new Requirement(List.copyOf(parts), parts.size(), ranges[mask][0], ranges[mask][1]));
        }
        return out.size() > MAX_REQUIREMENTS ? fewest(weights, wa, target) : out;
    }

    /** An entry meeting a smaller combination with at least the same weight range already qualifies. */
    private static boolean coveredBySubset(int mask, int[][] ranges) {
        for (int sub = (mask - 1) & mask; sub > 0; sub = (sub - 1) & mask) {
            int[] r = ranges[sub];
            if (r != null && r[0] <= ranges[mask][0] && r[1] >= ranges[mask][1]) return true;
        }
        return false;
    }

    /**
     * The entry weights (half units) for which pairing {@code k} subject parts of weight {@code pa} can reach the
     * target: an interval, since the bound rises with the entry's weight up to {@code k} and falls after it.
     */
    static int[] halfWeightRange(double wa, double pa, int k, double target) {
        int lo = -1, hi = -1;
        for (int h = 1; h <= MAX_HALF_WEIGHTS; h++) {
            if (bound(wa, pa, k, h / 2.0) >= target - EPSILON) {
                if (lo < 0) lo = h;
                hi = h;
            } else if (lo >= 0 || h / 2.0 >= k) {
                break;
            }
        }
        if (lo < 0) return null;
        return new int[] {lo, hi == MAX_HALF_WEIGHTS ? Integer.MAX_VALUE : hi};
    }

    /** The highest name score with {@code k} parts of weight {@code pa} paired, against an entry weighing {@code wb}. */
    static double bound(double wa, double pa, int k, double wb) {
        double pb = Math.min(k, wb);
        return (pa + pb) / (2 * wa - pa + 2 * wb - pb);
    }

    /** One looser requirement: any {@code k} parts, for the least {@code k} whose heaviest parts could reach the target. */
    private static List<Requirement> fewest(double[] weights, double wa, double target) {
        double[] sorted = weights.clone();
        java.util.Arrays.sort(sorted);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) all.add(i);
        double pa = 0;
        for (int k = 1; k <= sorted.length; k++) {
            pa += sorted[sorted.length - k];
            if (bound(wa, pa, k, k) >= target - EPSILON) {
                return List.of(new Requirement(List.copyOf(all), k, 1, Integer.MAX_VALUE));
            }
        }
        return List.of();
    }
}
