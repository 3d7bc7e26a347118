package org.liaison.persons;

/**
 * A wanted notice stopped being in force: withdrawn or executed, on this node or by the partner that issued it.
 *
 * @param originAgency the issuing agency's code
 * @param status       {@link WantedNoticeStatus#WITHDRAWN} or {@link WantedNoticeStatus#EXECUTED}
 */
public record WantedNoticeClosed(WantedNoticeId notice, String originAgency, WantedNoticeStatus status) {
}
