package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a search, each problem with its field and a key of the search bundles; nothing was searched. */
public class SearchRefused extends RuntimeException {

    public record Problem(String field, String key, List<String> args) {
    }

    private final transient List<Problem> problems;

    SearchRefused(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Collects problems, then refuses with all of them at once. */
    static final class Problems {

        private final List<Problem> found = new ArrayList<>();

        void add(String field, String key, String... args) {
            found.add(new Problem(field, key, List.of(args)));
        }

        boolean has(String field) {
            return found.stream().anyMatch(p -> p.field().equals(field));
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new SearchRefused(found);
            }
        }
    }
}
