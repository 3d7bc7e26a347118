package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.liaison.engagements.EngagementCounts;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.EngagementRef;
import org.liaison.engagements.Engagements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts the records of a period one by one, as {@link Engagements} describes; nothing is stored as a total. */
@Component
class EngagementStatistics implements Engagements {

    private final EngagementRecords records;
    private final DetailsJson json;

    EngagementStatistics(EngagementRecords records, DetailsJson json) {
        this.records = records;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public EngagementCounts counts(LocalDate from, LocalDate to, String partner) {
        int delegations = 0;
        int talks = 0;
        int agreements = 0;
        int courses = 0;
        Map<String, Integer> trainees = new TreeMap<>();
        for (Engagement e : inPeriod(null, from, to, partner)) {
            switch (e.kind()) {
                case VISIT -> delegations++;
                case TALKS -> talks++;
                case AGREEMENT -> agreements++;
                case TRAINING_COURSE -> {
                    courses++;
                    ((TrainingCourse) json.read(e.kind(), e.details())).traineesBySide()
                            .forEach((side, n) -> trainees.merge(side, n, Integer::sum));
                }
            }
        }
        int allTrainees = trainees.values().stream().mapToInt(Integer::intValue).sum();
        return new EngagementCounts(from, to, partner, delegations, talks, agreements, courses, allTrainees, trainees);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EngagementRef> records(EngagementKind kind, LocalDate from, LocalDate to, String partner) {
        return inPeriod(kind, from, to, partner).stream()
                .map(e -> new EngagementRef(e.id(), e.kind(), e.dated(), e.recordingAgency(), e.partnerAgency(),
                        e.status()))
                .toList();
    }

    private List<Engagement> inPeriod(EngagementKind kind, LocalDate from, LocalDate to, String partner) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs a first and a last day, in that order; got " + from
                    + " to " + to);
        }
        return records.inPeriod(kind == null ? null : kind.name(), from, to, partner);
    }
}
