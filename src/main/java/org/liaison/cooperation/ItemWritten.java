package org.liaison.cooperation;

import java.util.UUID;

/**
 * An officer of this node wrote a report or a request, or an entry in its thread (a note, a reply, a refusal, an
 * assignment), or this node recorded a handover on it. What arrives from the partner is told by
 * {@link ReportReceived}, {@link RequestReceived} and {@link ThreadAdvanced}. Listen after commit.
 *
 * @param item the report's or request's id
 */
public record ItemWritten(UUID item, boolean request) {
}
