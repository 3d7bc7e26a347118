package org.liaison.handovers.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a side's node signs when it confirms a handover: the confirmation together with the handover's facts it is
 * about, so the signature cannot be moved to another handover. The signed bytes are this record's canonical JSON:
 * UTF-8, properties in alphabetical order, no white space, times as ISO-8601 UTC text, lists in recorded order,
 * no floating-point numbers. Both nodes rebuild these bytes from the stored record each time they show it; a
 * changed field gives other bytes, and the signature no longer verifies.
 */
record ConfirmationStatement(String format, UUID handover, UUID wantedNotice, UUID person, String requestingAgency,
                             String holdingAgency, String direction, String gate, String agency, String side,
                             String executedAt, List<String> officers, String documentsSeen, String photoCheck,
                             String condition, List<String> items, String recordedBy, String recordedAt) {

    static final String FORMAT = "liaison-handover-confirmation/1";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    static ConfirmationStatement of(Handover h, HandoverConfirmation c) {
        return new ConfirmationStatement(FORMAT, h.id().value(), h.noticeId().value(), h.personId().value(),
                h.requestingAgency(), h.holdingAgency(), h.direction().name(),
                h.proposal().map(Proposal::gateCode).orElse(""), c.agency(), c.side().name(),
                Instant.ofEpochMilli(c.executedMs()).toString(), c.officersList(), c.documentsSeen(),
                c.photoCheck().name(), c.conditionNote(), c.itemsList(), c.recordedBy(),
                Instant.ofEpochMilli(c.recordedMs()).toString());
    }

    byte[] canonicalJson() {
        return CANONICAL.writeValueAsBytes(this);
    }
}
