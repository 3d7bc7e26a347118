package org.liaison.engagements.internal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.liaison.engagements.EngagementKind;

/**
 * What a joint record says, checked: one of the four kinds. Both sides hold the same details; a correction is
 * another version of them.
 */
public sealed interface Details permits Talks, Visit, TrainingCourse, Agreement {

    EngagementKind kind();

    /** The day that places the record in a period (first day, or the signing day). */
    LocalDate dated();

    /** The same details as raw input, so received and seeded records pass the checks typed ones do. */
    Draft toDraft();

    /** The fields (record components) in which {@code other} reads differently, in the order they are declared. */
    default List<String> changesIn(Details other) {
        if (other.getClass() != getClass()) {
            throw new IllegalArgumentException("a " + kind() + " cannot be compared with a " + other.kind());
        }
        return Arrays.stream(getClass().getRecordComponents())
                .filter(c -> !Objects.equals(value(c, this), value(c, other)))
                .map(RecordComponent::getName)
                .toList();
    }

    private static Object value(RecordComponent c, Details d) {
        try {
            return c.getAccessor().invoke(d);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of a " + d.kind(), e);
        }
    }
}
