package org.liaison.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.liaison.matching.Evidence;
import org.liaison.matching.Evidence.Kind;

/**
 * The best one-to-one pairing of two names' parts, in any order (surname first or last, given name first), and its
 * score: a weighted Dice coefficient over the parts, where a part left without a counterpart weighs double (李强 is
 * not 李克强) and an order other than a rotation (surname moved to the end) costs a little.
 */
final class Alignment {

    static final double ORDER_PENALTY = 0.95;
    private static final int MAX_EXACT_PARTS = 12;

    final double score;
    final List<Evidence> evidence;

    private Alignment(double score, List<Evidence> evidence) {
        this.score = score;
        this.evidence = evidence;
    }

    static Alignment of(List<NamePart> a, ParsedName na, List<NamePart> b, ParsedName nb, PartComparison comparison) {
        int n = a.size(), m = b.size();
        if (n == 0 || m == 0) return new Alignment(0, List.of());
        PartMatch[][] sim = new PartMatch[n][m];
        double[][] gain = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = comparison.compare(a.get(i), na, b.get(j), nb);
                gain[i][j] = sim[i][j].isNone() ? 0 : (a.get(i).weight() + b.get(j).weight()) * sim[i][j].similarity();
            }
        }
        int[] pairedWith = m <= MAX_EXACT_PARTS ? exact(gain, n, m) : greedy(gain, n, m);
        uncrossTies(pairedWith, gain);

        double total = 0, matched = 0;
        boolean[] bUsed = new boolean[m];
        for (int i = 0; i < n; i++) {
            total += a.get(i).weight();
            int j = pairedWith[i];
            if (j >= 0) {
                matched += gain[i][j];
                bUsed[j] = true;
            } else {
                total += a.get(i).weight(); // an unmatched part counts twice
            }
        }
        for (int j = 0; j < m; j++) {
            total += b.get(j).weight() * (bUsed[j] ? 1 : 2);
        }
        double score = matched / total;

        List<Evidence> evidence = new ArrayList<>();
        List<Integer> leftoverB = new ArrayList<>();
        for (int j = 0; j < m; j++) if (!bUsed[j]) leftoverB.add(j);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int j = pairedWith[i];
            if (j >= 0) {
                evidence.add(sim[i][j].evidence());
            } else if (next < leftoverB.size()) {
                evidence.add(new Evidence(Kind.DIFFERENT, a.get(i).written(), b.get(leftoverB.get(next++)).written(), ""));
            } else {
                evidence.add(new Evidence(Kind.NO_COUNTERPART, a.get(i).written(), "", ""));
            }
        }
        while (next < leftoverB.size()) {
            evidence.add(new Evidence(Kind.NO_COUNTERPART, "", b.get(leftoverB.get(next++)).written(), ""));
        }
        if (!inOrderOrRotated(pairedWith)) {
            score *= ORDER_PENALTY;
            evidence.add(Evidence.of(Kind.ORDER_DIFFERS, ""));
        }
        return new Alignment(score, List.copyOf(evidence));
    }

    /** Maximum-weight matching by dynamic programming over the subsets of b's parts (names are short). */
    private static int[] exact(double[][] gain, int n, int m) {
        double[][] best = table(gain, n, m);
        int full = 1 << m;
        int mask = 0;
        for (int k = 1; k < full; k++) if (best[n][k] > best[n][mask]) mask = k;
        int[] pairedWith = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            pairedWith[i] = -1;
            if (best[i][mask] == best[i + 1][mask]) continue;
            for (int j = 0; j < m; j++) {
                if ((mask & (1 << j)) != 0 && gain[i][j] > 0 && best[i][mask & ~(1 << j)] + gain[i][j] == best[i + 1][mask]) {
                    pairedWith[i] = j;
                    mask &= ~(1 << j);
                    break;
                }
            }
        }
        return pairedWith;
    }

    /** best[i][mask]: the most gain pairing a's first i parts with the parts of b in mask. */
    private static double[][] table(double[][] gain, int n, int m) {
        int full = 1 << m;
        double[][] best = new double[n + 1][full];
        for (double[] row : best) Arrays.fill(row, Double.NEGATIVE_INFINITY);
        best[0][0] = 0;
        for (int i = 0; i < n; i++) {
            for (int mask = 0; mask < full; mask++) {
                double v = best[i][mask];
                if (v == Double.NEGATIVE_INFINITY) continue;
                if (v > best[i + 1][mask]) best[i + 1][mask] = v;
                for (int j = 0; j < m; j++) {
                    if ((mask & (1 << j)) != 0 || gain[i][j] <= 0) continue;
                    int nm = mask | (1 << j);
                    double w = v + gain[i][j];
                    if (w > best[i + 1][nm]) best[i + 1][nm] = w;
                }
            }
        }
        return best;
    }

    /**
     * The most gain any one-to-one pairing can reach: exact for names of up to {@value #MAX_EXACT_PARTS} parts, beyond
     * that an upper bound (each part of the smaller side with its best counterpart).
     */
    static double maxGain(double[][] gain, int n, int m) {
        if (n == 0 || m == 0) return 0;
        if (m <= MAX_EXACT_PARTS) {
            double best = 0;
            for (double v : table(gain, n, m)[n]) best = Math.max(best, v);
            return best;
        }
        return looseGain(gain, n, m);
    }

    /** An upper bound of {@link #maxGain}, cheap at any size: each part of the smaller side with its best counterpart. */
    static double looseGain(double[][] gain, int n, int m) {
        double byA = 0, byB = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < m; j++) row = Math.max(row, gain[i][j]);
            byA += row;
        }
        for (int j = 0; j < m; j++) {
            double column = 0;
            for (int i = 0; i < n; i++) column = Math.max(column, gain[i][j]);
            byB += column;
        }
        return Math.min(byA, byB);
    }

    private static int[] greedy(double[][] gain, int n, int m) {
        int[] pairedWith = new int[n];
        Arrays.fill(pairedWith, -1);
        boolean[] used = new boolean[m];
        while (true) {
            int bi = -1, bj = -1;
            for (int i = 0; i < n; i++) {
                if (pairedWith[i] >= 0) continue;
                for (int j = 0; j < m; j++) {
                    if (!used[j] && gain[i][j] > 0 && (bi < 0 || gain[i][j] > gain[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) return pairedWith;
            pairedWith[bi] = bj;
            used[bj] = true;
        }
    }

    /**
     * Among pairings of equal worth keep the written order: 范冰冰 / Phạm Băng Băng pairs the first 冰 with the first
     * Băng, which the search alone may not.
     */
    private static void uncrossTies(int[] pairedWith, double[][] gain) {
        boolean swapped = true;
        while (swapped) {
            swapped = false;
            for (int i1 = 0; i1 < pairedWith.length; i1++) {
                for (int i2 = i1 + 1; i2 < pairedWith.length; i2++) {
                    int j1 = pairedWith[i1], j2 = pairedWith[i2];
                    if (j1 > j2 && j2 >= 0 && gain[i1][j2] == gain[i1][j1] && gain[i2][j1] == gain[i2][j2]) {
                        pairedWith[i1] = j2;
                        pairedWith[i2] = j1;
                        swapped = true;
                    }
                }
            }
        }
    }

    /** The paired parts keep their order, possibly with the sequence rotated (Jinping Xi / Xi Jinping). */
    static boolean inOrderOrRotated(int[] pairedWith) {
        int[] js = Arrays.stream(pairedWith).filter(j -> j >= 0).toArray();
        int descents = 0;
        for (int k = 1; k < js.length; k++) if (js[k] < js[k - 1]) descents++;
        if (descents == 0) return true;
        return descents == 1 && js[js.length - 1] < js[0];
    }
}
