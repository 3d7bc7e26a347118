package org.liaison.persons;

/**
 * A person record was written on this node: an officer recorded or corrected one of the own agency's records, or a
 * partner's copy arrived (with a wanted notice) or was refreshed. Published in the transaction that writes it, so
 * listen after commit (e.g. with {@code @ApplicationModuleListener}) and read the record then. A record is removed
 * only by retention expiry, which publishes {@link PersonExpired}.
 *
 * @param originAgency the agency that keeps the record: the own agency, or the partner it was received from
 * @param own          true for the own agency's record
 */
public record PersonRecorded(PersonId person, String originAgency, boolean own) {
}
