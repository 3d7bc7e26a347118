package org.liaison.engagements.web;

import java.util.Arrays;
import java.util.Optional;
import org.liaison.engagements.EngagementKind;

/** How each kind of record is named in addresses: {@code /engagements/talks/new}, {@code /api/v1/engagements/visits}. */
enum Slugs {
    TALKS(EngagementKind.TALKS, "talks"),
    VISITS(EngagementKind.VISIT, "visits"),
    TRAINING_COURSES(EngagementKind.TRAINING_COURSE, "training-courses"),
    AGREEMENTS(EngagementKind.AGREEMENT, "agreements");

    private final EngagementKind kind;
    private final String slug;

    Slugs(EngagementKind kind, String slug) {
        this.kind = kind;
        this.slug = slug;
    }

    static Optional<EngagementKind> kind(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).map(s -> s.kind).findFirst();
    }

    static String slug(EngagementKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).map(s -> s.slug).findFirst().orElseThrow();
    }
}
