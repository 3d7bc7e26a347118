package org.liaison.matching;

import java.io.IOException;
import java.util.List;

/** The evaluation pairs' names, for tests of other packages. */
public final class NameMatchingEvaluationTestAccess {

    private NameMatchingEvaluationTestAccess() {
    }

    public static List<String[]> pairs() throws IOException {
        return NameMatchingEvaluationTest.pairs().stream().map(p -> new String[] {p.a(), p.b()}).toList();
    }
}
