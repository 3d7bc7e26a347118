/**
 * Person records (names in several scripts, birth date with its precision, sex, nationality, identity documents)
 * and wanted notices, own and received from partner agencies. Other modules see the value types, the read-only
 * {@link org.liaison.persons.Persons} and the events; the retention module ages and expires records through
 * {@link org.liaison.persons.PersonRetention}, asking every {@link org.liaison.persons.PersonUses} first; everything
 * else is internal.
 */
package org.liaison.persons;
