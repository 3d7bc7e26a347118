package org.liaison.handovers.internal;

import java.util.List;
import java.util.UUID;

/**
 * The payloads this module sends to the partner node (schema version 1 of each type). All messages of one
 * handover travel in one conversation, so the partner applies its stages in the order they were recorded.
 */
final class Wire {

    /** A new handover request; creates the shared record on the holding side's node. */
    static final String REQUESTED = "handovers.requested";
    /** Any later stage but the confirmation: located, detained, proposal, agreement, closure, refusal, cancellation, custody. */
    static final String STAGE = "handovers.stage";
    /** A side's signed confirmation of the execution. */
    static final String CONFIRMED = "handovers.confirmed";

    private Wire() {
    }

    static String conversation(UUID handover) {
        return "handovers:" + handover;
    }

    record Link(String kind, String id) {
    }

    record Request(UUID id, String requestingAgency, String holdingAgency, UUID notice, UUID person, String grounds,
                   List<Link> links, long requestedMs, String officer) {
    }

    /** One stage; only the part that stage needs is set ({@code located} for LOCATED, {@code reason} for a refusal…). */
    record StageRecorded(UUID handover, Stage stage, String officer, long atMs, Located located, Detention detention,
                         Long detainedMs, Proposal proposal, String reason, CustodyEntry custody) {
    }

    record Confirmed(UUID handover, String officer, long atMs, HandoverConfirmation confirmation) {
    }
}
