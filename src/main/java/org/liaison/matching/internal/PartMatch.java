package org.liaison.matching.internal;

import org.liaison.matching.Evidence;

/** How alike two name parts are (0..1) and the line that says why. */
record PartMatch(double similarity, Evidence evidence) {

    boolean isNone() {
        return similarity <= 0;
    }
}
