package org.liaison.exchange.web;

import java.util.Locale;
import java.util.Map;
import org.liaison.exchange.Peers;
import org.liaison.exchange.ProbeStatistics;
import org.liaison.shared.CurrentOfficer;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API for test messages: queue some to a partner, see what arrived and how fast. A refused request is 400
 * {@code {"error":<code>,"message":<in the caller's language>,"detail":..}}.
 */
@RestController
@RequestMapping("/api/v1/admin/exchange/probes")
class ProbeApiController {

    private final ProbeStatistics probes;
    private final Peers peers;
    private final MessageSource messages;

    ProbeApiController(ProbeStatistics probes, Peers peers, MessageSource messages) {
        this.probes = probes;
        this.peers = peers;
        this.messages = messages;
    }

    record ProbeRequest(String recipient, Integer count, Integer paddingBytes) {
    }

    /** A refused request: what is wrong as a code, in the caller's language, and the technical detail. */
    record ProbeError(String error, String message, String detail) {
    }

    @PostMapping
    ResponseEntity<?> send(@RequestBody ProbeRequest request, CurrentOfficer admin, Locale locale) {
        if (request == null || request.recipient() == null || request.recipient().isBlank()) {
            return refused("recipient", "exchange.probes.error.recipient", "recipient is required", locale);
        }
        if (peers.list().stream().noneMatch(p -> p.agency().equals(request.recipient()))) {
            return refused("unknown", "exchange.peers.probe.unknown", "not a paired partner", locale);
        }
        try {
            var ids = probes.send(request.recipient(), request.count() == null ? 1 : request.count(),
                    request.paddingBytes() == null ? 0 : request.paddingBytes(), admin);
            return ResponseEntity.ok(Map.of("queued", ids.length));
        } catch (IllegalArgumentException e) {
            return refused("limits", "exchange.probes.error.limits", e.getMessage(), locale);
        }
    }

    private ResponseEntity<ProbeError> refused(String code, String key, String detail, Locale locale) {
        return ResponseEntity.badRequest().body(new ProbeError(code, messages.getMessage(key, null, locale), detail));
    }

    @GetMapping("/received")
    ProbeStatistics.Received received() {
        return probes.received();
    }

    @GetMapping("/sent")
    ProbeStatistics.Sent sent() {
        return probes.sent();
    }
}
