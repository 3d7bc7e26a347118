package org.liaison.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The node-to-node endpoint. It is open to the network but trusts nothing: every envelope is decrypted with this
 * node's key and verified against a partner's card before anything is stored.
 */
@RestController
class FederationController {

    static final String PATH = "/federation/v1/envelopes";
    static final MediaType JOSE = MediaType.parseMediaType("application/jose");

    private final InboxService inbox;
    private final ExchangeProperties settings;
    private final AuditLog audit;

    FederationController(InboxService inbox, ExchangeProperties settings, AuditLog audit) {
        this.inbox = inbox;
        this.settings = settings;
        this.audit = audit;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        String remote = request.getRemoteAddr();
        long limit = settings.maxEnvelopeBytes();
        if (request.getContentLengthLong() > limit) {
            return refuse(new EnvelopeRejected("oversized", 413, "envelope of " + request.getContentLengthLong()
                    + " bytes exceeds the limit of " + limit + " bytes"), remote);
        }
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body == null) {
            return refuse(new EnvelopeRejected("oversized", 413, "envelope exceeds the limit of " + limit + " bytes"), remote);
        }
        try {
            String receipt = inbox.receive(new String(body, StandardCharsets.US_ASCII), remote);
            return ResponseEntity.ok().contentType(JOSE).body(receipt);
        } catch (EnvelopeRejected e) {
            return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                    .body(new Wire.Refusal(e.code(), e.getMessage()));
        }
    }

    private ResponseEntity<?> refuse(EnvelopeRejected e, String remote) {
        audit.append(new AuditEntry("peer@" + remote, "", "ENVELOPE_REJECTED", "envelope", "", remote,
                e.code() + ": " + e.getMessage()));
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(new Wire.Refusal(e.code(), e.getMessage()));
    }

    /** The body, or null when it is longer than the limit. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
