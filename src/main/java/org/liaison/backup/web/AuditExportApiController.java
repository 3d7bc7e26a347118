package org.liaison.backup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.liaison.backup.AuditExports;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.liaison.shared.SafeDownload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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

    /** Streams the file as it is written: the log may be large, and nothing of it is held in memory. */
    @GetMapping("/api/v1/audit/export")
    void export(@RequestParam(name = "from", required = false) String from,
                @RequestParam(name = "to", required = false) String to, CurrentOfficer auditor,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate start;
        LocalDate end;
        try {
            start = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
            end = to == null || to.isBlank() ? null : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "dates are YYYY-MM-DD: " + e.getParsedString());
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the period ends before it starts");
        }
        SafeDownload.attachment(response, MediaType.parseMediaType("application/x-ndjson"),
                "audit-" + node.agency() + "-" + (start == null ? "start" : start) + "-to-" + (end == null ? "now" : end) + ".jsonl");
        exports.write(start, end, response.getOutputStream(), auditor.username(), request.getRemoteAddr());
    }
}
