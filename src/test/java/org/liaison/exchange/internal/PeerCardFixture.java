package org.liaison.exchange.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.List;
import java.util.Map;
import org.liaison.exchange.PeerCard;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cards of a made-up partner node, as its administrator would send them (public P-256 keys, fingerprints that
 * match), and the ways a card goes wrong in practice.
 */
final class PeerCardFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String agency;
    private final String nodeId;
    private final String baseUrl;
    private final ECKey signing;
    private final ECKey encryption;

    private PeerCardFixture(String agency, String nodeId, String baseUrl) {
        this.agency = agency;
        this.nodeId = nodeId;
        this.baseUrl = baseUrl;
        this.signing = newKey(KeyUse.SIGNATURE);
        this.encryption = newKey(KeyUse.ENCRYPTION);
    }

    /** Guangxi's node, somewhere nobody listens (port 9 is "discard"), so nothing is ever delivered. */
    static PeerCardFixture guangxi() {
        return new PeerCardFixture("CN-GX", "cn-gx-" + Long.toHexString(System.nanoTime()), "http://127.0.0.1:9");
    }

    String json() {
        return write(card(signing.toPublicJWK(), encryption.toPublicJWK(), fingerprints()));
    }

    /** The mistake that must never pass: the partner exported its key pair instead of the public key. */
    String withPrivateKey() {
        return write(card(signing, encryption.toPublicJWK(), fingerprints()));
    }

    /** A key swapped in transit: the fingerprints no longer match the keys. */
    String withForeignFingerprint() {
        ECKey other = newKey(KeyUse.SIGNATURE);
        return write(card(signing.toPublicJWK(), encryption.toPublicJWK(),
                List.of(PeerRegistry.thumbprint(other), PeerRegistry.thumbprint(encryption))));
    }

    String agency() {
        return agency;
    }

    /** The secret part of the signing key, as it would appear in a card that leaks it. */
    String privateSigningKey() {
        return signing.getD().toString();
    }

    List<String> fingerprints() {
        return List.of(PeerRegistry.thumbprint(signing), PeerRegistry.thumbprint(encryption));
    }

    private PeerCard card(ECKey sig, ECKey enc, List<String> fingerprints) {
        return new PeerCard(PeerCard.FORMAT, nodeId, agency, "Guangxi Public Security Bureau", baseUrl,
                List.of(jwk(sig)), List.of(jwk(enc)), fingerprints);
    }

    private static Map<String, Object> jwk(ECKey key) {
        return key.toJSONObject();
    }

    private static String write(PeerCard card) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(card);
    }

    private static ECKey newKey(KeyUse use) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(use).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
