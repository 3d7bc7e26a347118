package org.liaison.cooperation;

/**
 * A partner's information report arrived and is stored on this node. Published in the exchange's inbox
 * transaction: listen after commit ({@code @ApplicationModuleListener}).
 */
public record ReportReceived(ReportId report, String originAgency) {
}
