package org.liaison.backup.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.liaison.backup.BackupManifest;
import org.liaison.backup.Backups;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/admin/backup}: a consistent backup archive of the running node, for {@code liaison backup --node}.
 * The archive holds the node's private keys and all its records, so only administrators get it and each one is
 * audited.
 */
@RestController
class BackupApiController {

    private final Backups backups;
    private final NodeProperties node;

    BackupApiController(Backups backups, NodeProperties node) {
        this.backups = backups;
        this.node = node;
    }

    @GetMapping("/api/v1/admin/backup")
    ResponseEntity<StreamingResponseBody> backup(CurrentOfficer admin) throws IOException {
        Path dir = Files.createDirectories(node.dataDir().resolve("backups"));
        Path file = Files.createTempFile(dir, ".download-", ".zip");
        BackupManifest manifest;
        try {
            manifest = backups.write(file, admin.username());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String name = "liaison-" + node.agency() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()) + ".zip";
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Liaison-Backup-Tables", Integer.toString(manifest.rowCounts().size()))
                .header("X-Liaison-Backup-Rows", Long.toString(manifest.rows()))
                .body(body);
    }

    @ExceptionHandler(Backups.BackupNotSupportedException.class)
    ResponseEntity<Map<String, String>> notSupported(Backups.BackupNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }
}
