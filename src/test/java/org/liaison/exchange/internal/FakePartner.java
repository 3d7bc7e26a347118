package org.liaison.exchange.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.List;
import java.util.UUID;
import org.liaison.exchange.PeerCard;
import tools.jackson.databind.json.JsonMapper;

/** A partner node that exists only in a test: its own keys and card, and envelopes built by hand. */
final class FakePartner {

    final String agency;
    final ECKey signing;
    final ECKey encryption;
    final JsonMapper json = JsonMapper.builder().build();
    final EnvelopeCodec codec = new EnvelopeCodec(json);

    FakePartner(String agency) {
        this.agency = agency;
        this.signing = key(KeyUse.SIGNATURE);
        this.encryption = key(KeyUse.ENCRYPTION);
    }

    static ECKey key(KeyUse use) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(use).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String cardJson(String baseUrl) {
        PeerCard card = new PeerCard(PeerCard.FORMAT, agency.toLowerCase() + "-test", agency, agency, baseUrl,
                List.of(signing.toPublicJWK().toJSONObject()), List.of(encryption.toPublicJWK().toJSONObject()),
                List.of(PeerRegistry.thumbprint(signing.toPublicJWK()), PeerRegistry.thumbprint(encryption.toPublicJWK())));
        return json.writeValueAsString(card);
    }

    Wire.Envelope probe(String recipient) {
        return message(recipient, "exchange.probe", 1,
                "{\"sentMs\":" + System.currentTimeMillis() + ",\"from\":\"" + agency + "\",\"padding\":\"\"}");
    }

    Wire.Envelope message(String recipient, String type, int version, String payload) {
        return new Wire.Envelope(UUID.randomUUID(), agency, recipient, type, version, System.currentTimeMillis(), "", "",
                "test", payload, EnvelopeCodec.sha256(payload));
    }

    Wire.Batch batch(String recipient, long ts, Wire.Envelope... messages) {
        return new Wire.Batch(UUID.randomUUID().toString(), agency, agency.toLowerCase() + "-test", recipient, ts,
                List.of(messages));
    }

    String seal(Wire.Batch batch, ECKey recipientEncryptionKey) {
        return codec.seal(batch, signing, recipientEncryptionKey);
    }
}
