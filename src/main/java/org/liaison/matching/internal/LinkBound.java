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

    /** Subject parts per table of links: one bit each. */
    private static final int BITS = Long.SIZE;

    private final double[][] subjectWeights;
    /** Per way of reading the subject, the table of links holding its parts, and the bit of its first part there. */
    private final int[] table;
    private final int[] firstBit;
    /** Per table, the subject parts (as bits) each key hash belongs to. */
    private final Links[] links;
    /** A way of reading the subject has more parts than bits: every entry is let through. */
    private final boolean everyEntry;
    private final double target;
    /** Per table and part of the entry's way being bounded, the subject parts it shares a key hash with. */
    private long[][] linked;
    /** The weight of each part of the entry's way being bounded; grown to the most parts met. */
    private double[] weights = new double[8];
    /** Gain of each pair of parts, as {@link Alignment} takes it: one row per subject part. */
    private final double[][] gain;

    /** @param target the threshold less the most the subject's attributes can add */
    LinkBound(List<NameKeys.Way> subjectWays, double target) {
        this.target = target;
        int ways = subjectWays.size();
        subjectWeights = new double[ways][];
        table = new int[ways];
        firstBit = new int[ways];
        boolean tooLong = false;
        int tables = 0, bit = BITS, most = 0;
        for (int w = 0; w < ways; w++) {
            int parts = subjectWays.get(w).parts().size();
            tooLong |= parts > BITS;
            most = Math.max(most, parts);
            if (bit + parts > BITS) {
                tables++;
                bit = 0;
            }
            table[w] = tables - 1;
            firstBit[w] = bit;
            bit += Math.min(parts, BITS);
        }
        everyEntry = tooLong;
        links = new Links[tables];
        for (int t = 0; t < tables; t++) links[t] = new Links();
        for (int w = 0; w < ways; w++) {
            List<NameKeys.PartKeys> parts = subjectWays.get(w).parts();
            subjectWeights[w] = new double[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                subjectWeights[w][i] = parts.get(i).weight();
                if (firstBit[w] + i < BITS) {
                    for (char h : hashes(parts.get(i).keys())) links[table[w]].add(h, 1L << firstBit[w] + i);
                }
            }
        }
        linked = new long[tables][weights.length];
        gain = new double[most][weights.length];
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

    /**
     * The {@linkplain NameWeights#bit bits} of the weights of the ways of reading encoded at {@code b[at]}; every bit
     * for a name stored as always scored.
     */
    static int halfWeights(byte[] b, int at) {
        int ways = b[at++];
        if (ways < 0) return NameWeights.ANY;
        int bits = 0;
        for (int e = 0; e < ways; e++) {
            int parts = b[at++], sum = 0;
            for (int j = 0; j < parts; j++) {
                sum += b[at];
                at += 2 + 2 * (b[at + 1] & 0xFF);
            }
            bits |= NameWeights.bit(sum);
        }
        return bits;
    }

    /**
     * Whether some way of reading the subject and the entry (as {@link #encode encoded}, from {@code b[at]}) could
     * reach the target. A screen asks this of hundreds of names: each of the entry's key hashes is looked up once, for
     * all the subject's ways of reading at once, and nothing is allocated but for the rare exact pairing search, so a
     * bound serves one thread.
     */
    boolean mayReach(byte[] b, int at) {
        if (everyEntry) return true;
        int ways = b[at++];
        if (ways < 0) return true;
        for (int e = 0; e < ways; e++) {
            int parts = b[at++];
            if (weights.length < parts) grow(parts);
            double wb = 0;
            boolean any = false;
            for (int j = 0; j < parts; j++) {
                weights[j] = b[at] / 2.0;
                wb += weights[j];
                int count = b[at + 1] & 0xFF;
                at += 2;
                for (int t = 0; t < links.length; t++) {
                    long found = 0;
                    for (int k = 0; k < count; k++) {
                        found |= links[t].get((char) ((b[at + 2 * k] & 0xFF) << 8 | b[at + 2 * k + 1] & 0xFF));
                    }
                    linked[t][j] = found;
                    any |= found != 0;
                }
                at += 2 * count;
            }
            if (!any) continue;
            for (int s = 0; s < subjectWeights.length; s++) {
                if (bound(s, parts, wb) >= target - EPSILON) return true;
            }
        }
        return false;
    }

    private void grow(int parts) {
        weights = new double[parts];
        for (int t = 0; t < linked.length; t++) linked[t] = new long[parts];
        for (int i = 0; i < gain.length; i++) gain[i] = new double[parts];
    }

    /** The bound for the subject's way {@code s} and the entry's way whose {@code m} parts were just read. */
    private double bound(int s, int m, double wb) {
        double[] wa = subjectWeights[s];
        long[] bits = linked[table[s]];
        int n = wa.length, first = firstBit[s];
        double total = 0;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            total += wa[i];
            double[] row = gain[i];
            for (int j = 0; j < m; j++) {
                boolean link = (bits[j] >>> first + i & 1) != 0;
                row[j] = link ? wa[i] + weights[j] : 0;
                any |= link;
            }
        }
        if (!any) return 0;
        total = 2 * (total + wb);
        // most names found fail already on each part taking its best link, which costs no pairing search
        double loose = Alignment.looseGain(gain, n, m);
        if (loose / (total - loose) < target - EPSILON) return loose / (total - loose);
        double g = Alignment.maxGain(gain, n, m);
        return g / (total - g);
    }

    /** Key hashes and the subject parts (bits) holding each: a small open-addressing table. */
    private static final class Links {
        private char[] hashes = new char[16];
        private long[] parts = new long[16];
        private int size;

        void add(char hash, long part) {
            if (4 * (size + 1) > hashes.length) rehash(hashes.length * 2);
            int i = slot(hash, hashes.length);
            while (parts[i] != 0 && hashes[i] != hash) i = (i + 1) & (hashes.length - 1);
            if (parts[i] == 0) size++;
            hashes[i] = hash;
            parts[i] |= part;
        }

        long get(char hash) {
            int mask = hashes.length - 1;
            for (int i = slot(hash, hashes.length); parts[i] != 0; i = (i + 1) & mask) {
                if (hashes[i] == hash) return parts[i];
            }
            return 0;
        }

        private void rehash(int capacity) {
            char[] oldHashes = hashes;
            long[] oldParts = parts;
            hashes = new char[capacity];
            parts = new long[capacity];
            size = 0;
            for (int i = 0; i < oldHashes.length; i++) if (oldParts[i] != 0) add(oldHashes[i], oldParts[i]);
        }

        private static int slot(char hash, int capacity) {
            return (hash ^ hash >>> 7) & (capacity - 1);
        }
    }
}
