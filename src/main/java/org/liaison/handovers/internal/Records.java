package org.liaison.handovers.internal;

import java.util.Arrays;
import java.util.List;

/** The parts of a handover record, as stored and as carried across in messages. */
final class Records {

    private Records() {
    }

    /** Lists (officers, items) are kept one entry per line. */
    static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String joined(List<String> lines) {
        return String.join("\n", lines);
    }
}

/** A request or case the handover belongs to ({@link org.liaison.handovers.LinkedRecord}), as stored. */
record HandoverLink(String kind, String ref) {
}
