package org.liaison.search.internal;

import java.time.Instant;
import java.util.List;
import org.liaison.persons.CrimeArea;

/**
 * One record as the index keeps it.
 *
 * @param titles       the title; a case has two, Vietnamese then Chinese (either may be empty)
 * @param words        further words to find it by: places, conditions, the related report
 * @param names        the names of its crime area, type, status, conditions and drugs in the three languages
 * @param area         null for a request, which has no crime area
 * @param units        {@code AGENCY/CODE} of the units it concerns
 * @param at           when it was sent (report, request) or opened (case): the period filter and the list order
 * @param linksPersons whether showing it is a read of person data (audited)
 */
record Entry(Kind kind, String id, List<String> titles, String body, String replies, List<String> words,
             List<String> names, CrimeArea area, List<String> units, String status, Instant at, long day, boolean own,
             boolean linksPersons) {
}
