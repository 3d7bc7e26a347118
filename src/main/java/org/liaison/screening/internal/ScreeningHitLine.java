package org.liaison.screening.internal;

/** One line of a hit's explanation as stored; the kind is kept as text so that a kind unknown here still shows. */
record ScreeningHitLine(String kind, String leftPart, String rightPart, String detail) {

    static ScreeningHitLine of(EvidenceLine e) {
        return new ScreeningHitLine(e.kind(), e.left(), e.right(), e.detail());
    }

    EvidenceLine line() {
        return new EvidenceLine(kind, leftPart, rightPart, detail);
    }
}
