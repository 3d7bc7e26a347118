package org.liaison.backup.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.liaison.backup.AuditExports;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.liaison.shared.SafeDownload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/audit/export?from=YYYY-MM-DD&to=YYYY-MM-DD}: the audit log (or a period of it) as a signed JSON
 * Lines file for an external archive, for {@code liaison audit export --node}. Auditors only; the export is audited.
 */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class AuditExportApiController {

    private final AuditExports exports;
    private final NodeProperties node;

    AuditExportApiController(AuditExports exports, NodeProperties node) {
        this.exports = exports;
        this.node = node;
    }

    @GetMapping("/api/v1/audit/export")
    ResponseEntity<?> export(@RequestParam(name = "from", required = false) String from,
                             @RequestParam(name = "to", required = false) String to, CurrentOfficer auditor,
                             HttpServletRequest request) {
        LocalDate start;
        LocalDate end;
        try {
            start = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
            end = to == null || to.isBlank() ? null : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "dates are YYYY-MM-DD: " + e.getParsedString()));
        }
        if (start != null && end != null && start.isAfter(end)) {
            return ResponseEntity.badRequest().body(Map.of("error", "the period ends before it starts"));
        }
        String addr = request.getRemoteAddr();
        StreamingResponseBody body = out -> exports.write(start, end, out, auditor.username(), addr);
        return SafeDownload.attachment(MediaType.parseMediaType("application/x-ndjson"),
                "audit-" + node.agency() + (start == null ? "" : "-" + start) + (end == null ? "" : "-" + end) + ".jsonl")
                .body(body);
    }
}
