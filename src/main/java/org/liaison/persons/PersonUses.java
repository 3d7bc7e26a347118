package org.liaison.persons;

import java.util.List;

/**
 * Implemented by every module that keeps a person's id, or a copy of their names, in its own records (cases,
 * cooperation, screening; the persons module for its wanted notices). Before a person record is expired the persons
 * module asks all of them: a person still used anywhere is not expired, so no copy of the removed data stays behind.
 */
public interface PersonUses {

    /** The records of this module that use the person; empty when none. */
    List<PersonUse> uses(PersonId person);

    /**
     * One record that uses the person.
     *
     * @param kind      what it is, for the reader: {@code notice}, {@code hit}, {@code case}, {@code request},
     *                  {@code report} (a message key {@code retention.use.<kind>} names it)
     * @param reference the record's id
     * @param path      where the record is shown on this node
     */
    record PersonUse(String kind, String reference, String path) {
    }
}
