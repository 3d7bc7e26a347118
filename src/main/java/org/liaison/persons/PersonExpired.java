package org.liaison.persons;

/**
 * The own agency's person record was expired under the retention rules: its personal data is gone, only a tombstone
 * with the id remains. Published in the transaction that removes it; modules that index persons drop the entries.
 */
public record PersonExpired(PersonId person) {
}
