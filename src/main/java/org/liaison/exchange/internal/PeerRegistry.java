package org.liaison.exchange.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.directory.Directory;
import org.liaison.exchange.PeerCard;
import org.liaison.exchange.Peers;
import org.liaison.shared.AgencyCode;
import org.liaison.shared.NodeProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Partner nodes: their cards (keys, address) and their delivery state. */
@Service
class PeerRegistry implements Peers {

    /** A partner's verified keys, cached; re-read after a while so other instances' imports are seen. */
    record PeerKeys(String agency, String nodeId, URI baseUrl, List<ECKey> signing, ECKey encryption, long loadedMs) {
    }

    private static final long CACHE_MS = 30_000;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Keyring keyring;
    private final NodeProperties node;
    private final Directory directory;
    private final AuditLog audit;
    private final Map<String, PeerKeys> cache = new ConcurrentHashMap<>();

    PeerRegistry(JdbcTemplate jdbc, JsonMapper json, Keyring keyring, NodeProperties node, Directory directory,
                 AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.keyring = keyring;
        this.node = node;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    public PeerCard ownCard() {
        NodeKeys keys = keyring.keys();
        List<Map<String, Object>> signing = keys.publicSigningKeys().stream().map(JWK::toJSONObject).toList();
        List<Map<String, Object>> encryption = keys.publicEncryptionKeys().stream().map(JWK::toJSONObject).toList();
        List<String> fingerprints = new ArrayList<>();
        keys.publicSigningKeys().forEach(k -> fingerprints.add(thumbprint(k)));
        keys.publicEncryptionKeys().forEach(k -> fingerprints.add(thumbprint(k)));
        String url = node.publicUrl() == null ? "http://localhost:8080" : node.publicUrl();
        return new PeerCard(PeerCard.FORMAT, keys.nodeId(), node.agency(), directory.ownAgency().nameEn(), url,
                signing, encryption, fingerprints);
    }

    @Override
    public String ownCardJson() {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(ownCard());
    }

    @Override
    @Transactional
    public PeerSummary importCard(String cardJson, String importedBy) {
        PeerCard card;
        try {
            card = json.readValue(cardJson, PeerCard.class);
        } catch (JacksonException e) {
            // where, not Jackson's message: that names this node's classes to whoever sent the text
            throw new InvalidPeerCardException("malformed", "not a peer card (invalid JSON"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()) + ")");
        }
        if (card == null || !PeerCard.FORMAT.equals(card.format())) {
            throw new InvalidPeerCardException("format", "not a peer card: format must be " + PeerCard.FORMAT);
        }
        if (!AgencyCode.isValid(card.agency())) {
            throw new InvalidPeerCardException("agency", "invalid agency code '" + card.agency() + "'");
        }
        if (card.agency().equals(node.agency())) {
            throw new InvalidPeerCardException("own", "this is this node's own card (" + card.agency() + ")");
        }
        if (directory.agency(card.agency()).isEmpty()) {
            throw new InvalidPeerCardException("unknown_agency",
                    "agency " + card.agency() + " is not in the directory; an admin adds it there first");
        }
        URI url;
        try {
            url = URI.create(card.baseUrl());
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            throw new InvalidPeerCardException("url", "base URL must be http(s)://host[:port], got '" + card.baseUrl() + "'");
        }
        if (card.nodeId() == null || card.nodeId().isBlank() || card.nodeId().length() > 100) {
            throw new InvalidPeerCardException("node", "the card has no node id");
        }
        List<ECKey> signing = keys(card.signingKeys(), "signing");
        List<ECKey> encryption = keys(card.encryptionKeys(), "encryption");
        List<String> expected = new ArrayList<>();
        signing.forEach(k -> expected.add(thumbprint(k)));
        encryption.forEach(k -> expected.add(thumbprint(k)));
        if (card.fingerprints() == null || !card.fingerprints().equals(expected)) {
            throw new InvalidPeerCardException("fingerprint", "the fingerprints on the card do not match its keys");
        }
        String stored = json.writeValueAsString(card);
        long now = System.currentTimeMillis();
        int updated = jdbc.update("UPDATE peer SET node_id = ?, base_url = ?, card_json = ?, fingerprint = ?, imported_ms = ?,"
                        + " next_attempt_ms = 0, failures = 0, last_error = '' WHERE agency_code = ?",
                card.nodeId(), card.baseUrl(), stored, expected.get(0), now, card.agency());
        if (updated == 0) {
            jdbc.update("INSERT INTO peer (agency_code, node_id, base_url, card_json, fingerprint, imported_ms, last_contact_ms,"
                            + " last_error, next_attempt_ms, failures) VALUES (?, ?, ?, ?, ?, ?, 0, '', 0, 0)",
                    card.agency(), card.nodeId(), card.baseUrl(), stored, expected.get(0), now);
        }
        cache.remove(card.agency());
        audit.append(new AuditEntry(importedBy, node.agency(), updated == 0 ? "PEER_IMPORT" : "PEER_UPDATE", "peer",
                card.agency(), "", "node " + card.nodeId() + " at " + card.baseUrl() + ", keys " + expected));
        return list().stream().filter(p -> p.agency().equals(card.agency())).findFirst().orElseThrow();
    }

    private static List<ECKey> keys(List<Map<String, Object>> jwks, String what) {
        if (jwks == null || jwks.isEmpty()) {
            throw new InvalidPeerCardException("keys", "the card has no " + what + " key");
        }
        List<ECKey> keys = new ArrayList<>();
        for (Map<String, Object> m : jwks) {
            try {
                JWK jwk = JWK.parse(m);
                if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
                    throw new InvalidPeerCardException("keys", what + " keys must be EC P-256");
                }
                if (jwk.isPrivate()) {
                    throw new InvalidPeerCardException("private_key",
                            "the card contains a PRIVATE key: the partner must send only public keys");
                }
                if (ec.getKeyID() == null) {
                    ec = new ECKey.Builder(ec).keyIDFromThumbprint().build();
                }
                keys.add(ec);
            } catch (ParseException | JOSEException e) {
                throw new InvalidPeerCardException("keys", "a " + what + " key is not a valid JWK: " + e.getMessage());
            }
        }
        return keys;
    }

    @Override
    @Transactional
    public PeerCard rotateKeys(String by) {
        keyring.rotate();
        PeerCard card = ownCard();
        audit.append(new AuditEntry(by, node.agency(), "KEYS_ROTATE", "node", card.nodeId(), "",
                "new keys " + card.fingerprints()));
        return card;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeerSummary> list() {
        return jdbc.query("""
                SELECT p.agency_code, p.node_id, p.base_url, p.card_json, p.imported_ms, p.last_contact_ms, p.last_error,
                  (SELECT COUNT(*) FROM outbox o WHERE o.recipient = p.agency_code AND o.state = 'QUEUED') AS queued,
                  (SELECT COUNT(*) FROM outbox o WHERE o.recipient = p.agency_code AND o.state = 'AWAITING_RELEASE') AS awaiting,
                  (SELECT COUNT(*) FROM outbox o WHERE o.recipient = p.agency_code AND o.state = 'FAILED') AS failed
                FROM peer p ORDER BY p.agency_code""", (rs, i) -> {
            PeerCard card = json.readValue(rs.getString("card_json"), PeerCard.class);
            long contact = rs.getLong("last_contact_ms");
            return new PeerSummary(rs.getString("agency_code"), rs.getString("node_id"), rs.getString("base_url"),
                    card.fingerprints(), Instant.ofEpochMilli(rs.getLong("imported_ms")),
                    contact == 0 ? null : Instant.ofEpochMilli(contact), rs.getString("last_error"),
                    rs.getLong("queued"), rs.getLong("awaiting"), rs.getLong("failed"));
        });
    }

    /** A partner's keys, or empty for an unknown peer. */
    Optional<PeerKeys> keys(String agency) {
        PeerKeys cached = cache.get(agency);
        if (cached != null && System.currentTimeMillis() - cached.loadedMs() < CACHE_MS) {
            return Optional.of(cached);
        }
        List<String> cards = jdbc.queryForList("SELECT card_json FROM peer WHERE agency_code = ?", String.class, agency);
        if (cards.isEmpty()) {
            cache.remove(agency);
            return Optional.empty();
        }
        PeerCard card = json.readValue(cards.get(0), PeerCard.class);
        PeerKeys keys = new PeerKeys(card.agency(), card.nodeId(), URI.create(card.baseUrl()),
                keys(card.signingKeys(), "signing"), keys(card.encryptionKeys(), "encryption").get(0),
                System.currentTimeMillis());
        cache.put(agency, keys);
        return Optional.of(keys);
    }

    boolean known(String agency) {
        return keys(agency).isPresent();
    }

    static String thumbprint(ECKey key) {
        try {
            return "SHA256:" + key.computeThumbprint("SHA-256").toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
