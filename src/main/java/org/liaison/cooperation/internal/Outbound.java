package org.liaison.cooperation.internal;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.shared.CurrentOfficer;
import org.springframework.stereotype.Component;

/**
 * Hands a report, request or entry to the exchange in the caller's transaction, followed by its attachments in
 * parts, all in the thread's conversation (so the partner applies them in this order).
 */
@Component
class Outbound {

    private final Exchange exchange;

    Outbound(Exchange exchange) {
        this.exchange = exchange;
    }

    /**
     * @return the id of the message carrying the item
     * @throws CooperationRefused when the partner is not paired with this node; the caller's transaction then
     *                            rolls back, so nothing is stored and nothing queued
     */
    UUID send(String recipient, String type, Object payload, String summary, UUID thread,
              List<Attachments.Checked> files, CurrentOfficer by) {
        try {
            UUID message = exchange.send(new OutgoingMessage(recipient, type, 1, payload, summary, thread.toString(),
                    Wire.conversation(thread)), by);
            for (Attachments.Checked f : files) {
                for (int part = 0; part < f.parts(); part++) {
                    exchange.send(new OutgoingMessage(recipient, Wire.PART, 1,
                            new Wire.Part(f.id(), part, Base64.getEncoder().encodeToString(Attachments.part(f.bytes(), part))),
                            "attachment " + f.id() + " part " + (part + 1) + "/" + f.parts(), thread.toString(),
                            Wire.conversation(thread)), by);
                }
            }
            return message;
        } catch (IllegalArgumentException e) {
            throw CooperationRefused.conflict("cooperation.error.notSent", recipient, e.getMessage());
        }
    }

    static List<Wire.FileMeta> meta(List<Attachments.Checked> files) {
        return files.stream().map(f -> new Wire.FileMeta(f.id(), f.fileName(), f.kind().contentType,
                f.bytes().length, f.sha256())).toList();
    }
}
