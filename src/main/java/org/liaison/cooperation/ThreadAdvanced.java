package org.liaison.cooperation;

import java.util.UUID;

/**
 * Something new arrived from the partner in the thread of a report or a request: a note, an acknowledgement, a
 * reply, a refusal. Published in the exchange's inbox transaction: listen after commit.
 *
 * @param thread the report's or request's id
 * @param status for a request, its status after the entry; null for a report
 */
public record ThreadAdvanced(UUID thread, boolean request, UUID entry, String fromAgency, RequestStatus status) {
}
