package org.liaison.exchange.web;

import java.util.Map;
import org.liaison.exchange.ProbeStatistics;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API for test messages: queue some to a partner, see what arrived and how fast. */
@RestController
@RequestMapping("/api/v1/admin/exchange/probes")
class ProbeApiController {

    private final ProbeStatistics probes;

    ProbeApiController(ProbeStatistics probes) {
        this.probes = probes;
    }

    record ProbeRequest(String recipient, Integer count, Integer paddingBytes) {
    }

    @PostMapping
    ResponseEntity<?> send(@RequestBody ProbeRequest request, CurrentOfficer admin) {
        if (request == null || request.recipient() == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "recipient is required"));
        }
        try {
            var ids = probes.send(request.recipient(), request.count() == null ? 1 : request.count(),
                    request.paddingBytes() == null ? 0 : request.paddingBytes(), admin);
            return ResponseEntity.ok(Map.of("queued", ids.length));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
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
