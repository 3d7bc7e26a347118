package org.liaison.exchange.internal;

import java.util.List;
import java.util.Locale;
import org.liaison.exchange.Peers;
import org.liaison.exchange.Peers.InvalidPeerCardException;
import org.liaison.shared.CurrentOfficer;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pairing for scripts (administrators' bearer tokens): the partners and their queues, this node's card, importing
 * a partner's card. A refused card is 400 {@code {"error":<code>,"message":<in the caller's language>,"detail":..}}.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class PeersApiController {

    record CardError(String error, String message, String detail) {
    }

    private final Peers peers;
    private final MessageSource messages;

    PeersApiController(Peers peers, MessageSource messages) {
        this.peers = peers;
        this.messages = messages;
    }

    @GetMapping(path = "/api/v1/admin/peers", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Peers.PeerSummary> list() {
        return peers.list();
    }

    @GetMapping(path = "/api/v1/admin/peers/card", produces = MediaType.APPLICATION_JSON_VALUE)
    String card() {
        return peers.ownCardJson();
    }

    @PostMapping(path = "/api/v1/admin/peers", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importCard(@RequestBody(required = false) String card, CurrentOfficer me, Locale locale) {
        try {
            return ResponseEntity.ok(peers.importCard(PeersAdminController.cardText(card, null), me.username()));
        } catch (InvalidPeerCardException e) {
            return ResponseEntity.badRequest().body(new CardError(e.code(),
                    messages.getMessage("exchange.card.error." + e.code(), null, locale), e.getMessage()));
        }
    }
}
