package org.liaison.cooperation;

/**
 * A partner's request arrived and is stored on this node. Published in the exchange's inbox transaction: listen
 * after commit ({@code @ApplicationModuleListener}).
 */
public record RequestReceived(RequestId request, String requestingAgency) {
}
