package org.liaison.persons;

/**
 * A partner agency's wanted notice arrived and is stored on this node (read-only, marked with its origin).
 * Published once per notice received, in the transaction that stores it: listen after commit (e.g. with
 * {@code @ApplicationModuleListener}), because the exchange may roll a batch back and apply it again.
 *
 * @param notice       the notice's id (the same as on the issuing node)
 * @param person       the wanted person's id
 * @param originAgency the issuing agency's code
 */
public record WantedNoticeReceived(WantedNoticeId notice, PersonId person, String originAgency) {
}
