package org.liaison.matching.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.util.BytesRef;

/**
 * A cheap upper bound of the name score, from which parts of two names share a {@link NameKeys key}: pairing every
 * linked part as if it were the same name part. The index keeps each entry's parts as short key hashes so that it can
 * drop an entry that shares keys with enough of the subject's parts, but not with distinct ones (Le and Duc both
 * meeting the entry's one part), before parsing and aligning its name, which costs a hundred times more. A hash
 * collision only lets an entry through.
 */
final class LinkBound {

    /** Keeps rounding on the side of scoring one entry too many. */
    private static final double EPSILON = 1e-9;
    /** Stored for a name too long to encode: always scored. */
    private static final BytesRef ALWAYS = new BytesRef(new byte[] {-1});

    private final char[][][] subjectKeys;
    private final double[][] subjectWeights;
    private final double target;

    /** @param target the threshold less the most the subject's attributes can add */
    LinkBound(List<NameKeys.Way> subjectWays, double target) {
        this.target = target;
        subjectKeys = new char[subjectWays.size()][][];
        subjectWeights = new double[subjectWays.size()][];
        for (int w = 0; w < subjectWays.size(); w++) {
            List<NameKeys.PartKeys> parts = subjectWays.get(w).parts();
            subjectKeys[w] = new char[parts.size()][];
            subjectWeights[w] = new double[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                subjectKeys[w][i] = hashes(parts.get(i).keys());
                subjectWeights[w][i] = parts.get(i).weight();
            }
        }
    }

    /**
     * An entry's ways of reading as stored: per way the number of parts, per part its weight in half units, the number
     * of key hashes and the hashes, sorted. A name too long for that (over 127 ways or parts, 254 hashes a part) is
     * stored as one that is always scored.
     */
    static BytesRef encode(List<NameKeys.Way> ways) {
        int size = 1;
        for (NameKeys.Way w : ways) {
            size += 1;
            for (NameKeys.PartKeys p : w.parts()) size += 2 + 2 * p.keys().size();
        }
        byte[] out = new byte[size];
        int at = 0;
        out[at++] = (byte) ways.size();
        for (NameKeys.Way w : ways) {
            if (ways.size() > 127 || w.parts().size() > 127) return ALWAYS;
            out[at++] = (byte) w.parts().size();
            for (NameKeys.PartKeys p : w.parts()) {
                char[] h = hashes(p.keys());
                if (h.length > 254) return ALWAYS;
                out[at++] = (byte) Math.round(2 * p.weight());
                out[at++] = (byte) h.length;
                for (char c : h) {
                    out[at++] = (byte) (c >>> 8);
                    out[at++] = (byte) c;
                }
            }
        }
        return new BytesRef(out, 0, at);
    }

    /** Sorted distinct 16-bit hashes of the keys. */
    private static char[] hashes(Set<String> keys) {
        char[] h = new char[keys.size()];
        int n = 0;
        for (String k : keys) {
            int x = k.hashCode() * 0x9E3779B1;
            h[n++] = (char) (x >>> 16);
        }
        Arrays.sort(h);
        int distinct = 0;
        for (int i = 0; i < n; i++) if (i == 0 || h[i] != h[distinct - 1]) h[distinct++] = h[i];
        return Arrays.copyOf(h, distinct);
    }

    /** Whether some way of reading the subject and the entry (as {@link #encode encoded}) could reach the target. */
    boolean mayReach(BytesRef entry) {
        byte[] b = entry.bytes;
        int at = entry.offset;
        int ways = b[at++];
        if (ways < 0) return true;
        for (int e = 0; e < ways; e++) {
            int parts = b[at++];
            int[] starts = new int[parts];
            double[] weights = new double[parts];
            double wb = 0;
            for (int j = 0; j < parts; j++) {
                weights[j] = b[at] / 2.0;
                wb += weights[j];
                starts[j] = at + 1;
                at += 2 + 2 * (b[at + 1] & 0xFF);
            }
            for (int s = 0; s < subjectKeys.length; s++) {
                if (bound(s, b, starts, weights, wb) >= target - EPSILON) return true;
            }
        }
        return false;
    }

    private double bound(int s, byte[] b, int[] starts, double[] weights, double wb) {
        char[][] keys = subjectKeys[s];
        double[] wa = subjectWeights[s];
        int n = keys.length, m = starts.length;
        double[][] gain = new double[n][m];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += wa[i];
            for (int j = 0; j < m; j++) {
                if (intersects(keys[i], b, starts[j])) gain[i][j] = wa[i] + weights[j];
            }
        }
        total = 2 * (total + wb);
        // most names found fail already on each part taking its best link, which costs no pairing search
        double loose = Alignment.looseGain(gain, n, m);
        if (loose / (total - loose) < target - EPSILON) return loose / (total - loose);
        double g = Alignment.maxGain(gain, n, m);
        return g / (total - g);
    }

    /** Whether sorted {@code hashes} and the sorted hashes stored at {@code b[at]} (count, then values) share one. */
    private static boolean intersects(char[] hashes, byte[] b, int at) {
        int count = b[at] & 0xFF;
        int p = at + 1, end = p + 2 * count, i = 0;
        while (i < hashes.length && p < end) {
            char stored = (char) ((b[p] & 0xFF) << 8 | b[p + 1] & 0xFF);
            if (hashes[i] == stored) return true;
            if (hashes[i] < stored) i++;
            else p += 2;
        }
        return false;
    }
}
