package org.liaison.backup.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditRecord;
import org.liaison.backup.AuditExportFile;
import org.liaison.backup.AuditExports;
import org.liaison.exchange.NodeSignatures;
import org.liaison.exchange.Peers;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;

/** {@link AuditExports} streaming the log through {@link AuditLog#forEach} and signing with the node's key. */
@Service
class SignedAuditExports implements AuditExports {

    private final AuditLog audit;
    private final NodeSignatures signatures;
    private final Peers peers;
    private final NodeProperties node;

    SignedAuditExports(AuditLog audit, NodeSignatures signatures, Peers peers, NodeProperties node) {
        this.audit = audit;
        this.signatures = signatures;
        this.peers = peers;
        this.node = node;
    }

    @Override
    public AuditExportFile.Manifest write(LocalDate from, LocalDate to, OutputStream out, String by, String remoteAddr)
            throws IOException {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        Instant start = from == null ? null : from.atStartOfDay(node.zone()).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(node.zone()).toInstant();
        audit.append(new AuditEntry(by, node.agency(), "EXPORT", "audit_log", "", remoteAddr,
                "from " + (from == null ? "the start" : from) + " to " + (to == null ? "now" : to)));
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        AuditExportFile.LinesDigest digest = new AuditExportFile.LinesDigest();
        AtomicReference<AuditRecord> first = new AtomicReference<>();
        AtomicReference<AuditRecord> last = new AtomicReference<>();
        long[] count = {0};
        try {
            audit.forEach(new AuditQuery(null, null, null, null, start, end), r -> {
                String line = AuditExportFile.line(r);
                try {
                    w.write(line);
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                digest.add(line);
                first.compareAndSet(null, r);
                last.set(r);
                count[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        AuditRecord a = first.get();
        AuditRecord b = last.get();
        AuditExportFile.Manifest manifest = new AuditExportFile.Manifest(AuditExportFile.FORMAT, peers.ownCard().nodeId(),
                node.agency(), from == null ? null : from.toString(), to == null ? null : to.toString(), count[0],
                a == null ? 0 : a.seq(), b == null ? 0 : b.seq(), a == null ? "" : a.prevHash(),
                a == null ? "" : a.hash(), b == null ? "" : b.hash(), digest.hex(), Instant.now().toString());
        String json = AuditExportFile.manifestJson(manifest);
        w.write(AuditExportFile.manifestLine(json, signatures.sign(json.getBytes(StandardCharsets.UTF_8))));
        w.write('\n');
        w.flush();
        return manifest;
    }
}
