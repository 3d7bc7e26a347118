package org.liaison.matching.internal;

import java.io.IOException;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * How much each way of reading each name of one index segment weighs, on the heap: a bit per weight in half units
 * (31 for 31 and more), taken from the names' {@linkplain LinkBound#encode encoded parts} when a searcher first opens
 * the segment; 4 bytes a document. A {@link Blocking} requirement holds only for names of some weights, and a common
 * pair of parts (Nguyễn and Thị) is shared by thousands of names, nearly all of the wrong weight: checking it here, one
 * word a name, spares reading and bounding their parts.
 */
final class NameWeights {

    /** Bits of every weight: no requirement on it. */
    static final int ANY = -1;
    private static final int MOST = Integer.SIZE - 1;

    private final int[] bits;

    private NameWeights(int[] bits) {
        this.bits = bits;
    }

    static NameWeights read(LeafReader reader, String partsField) throws IOException {
        int[] bits = new int[reader.maxDoc()];
        BinaryDocValues parts = DocValues.getBinary(reader, partsField);
        for (int doc = parts.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = parts.nextDoc()) {
            BytesRef encoded = parts.binaryValue();
            if (encoded.length > 0) bits[doc] = LinkBound.halfWeights(encoded.bytes, encoded.offset); // empty: an entry
        }
        return new NameWeights(bits);
    }

    /** The bit of a way of reading weighing {@code halfWeights} half units. */
    static int bit(int halfWeights) {
        return 1 << Math.clamp(halfWeights, 0, MOST);
    }

    /** The bits of the weights from {@code min} to {@code max} half units. */
    static int range(int min, int max) {
        if (max >= MOST && min <= 0) return ANY;
        int out = 0;
        for (int h = Math.clamp(min, 0, MOST); h <= Math.min(max, MOST); h++) out |= 1 << h;
        return out;
    }

    /** Whether a way of reading document {@code doc} has one of the weights; false for a document without names. */
    boolean weighs(int doc, int range) {
        return (bits[doc] & range) != 0;
    }
}
