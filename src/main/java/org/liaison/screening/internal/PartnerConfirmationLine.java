package org.liaison.screening.internal;

/** One line of the explanation a partner sent with its confirmation, as stored. */
record PartnerConfirmationLine(String kind, String leftPart, String rightPart, String detail) {

    static PartnerConfirmationLine of(EvidenceLine e) {
        return new PartnerConfirmationLine(e.kind(), e.left(), e.right(), e.detail());
    }

    EvidenceLine line() {
        return new EvidenceLine(kind, leftPart, rightPart, detail);
    }
}
