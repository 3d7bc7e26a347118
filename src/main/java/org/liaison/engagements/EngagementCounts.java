package org.liaison.engagements;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the two sides did together in a period, counted from the individual records this node holds (its own and
 * the partner's copies), each record once.
 *
 * @param partner       the partner agency counted with, or null for all partners
 * @param delegations   visits of delegations, in either direction
 * @param trainees      trainees of all courses counted
 * @param traineesBySide trainees by their agency code (courses of one side for officers of the other show here
 *                       under the trainees' agency)
 */
public record EngagementCounts(LocalDate from, LocalDate to, String partner, int delegations, int talks,
                               int agreementsSigned, int trainingCourses, int trainees,
                               Map<String, Integer> traineesBySide) {

    public EngagementCounts {
        traineesBySide = Map.copyOf(traineesBySide);
    }
}
