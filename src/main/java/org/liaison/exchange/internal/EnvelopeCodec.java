package org.liaison.exchange.internal;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals a batch as JWS (ES256, sender's key) inside JWE (ECDH-ES + A256GCM, recipient's key) and opens it again,
 * checking every property the protocol promises. All crypto is Nimbus JOSE+JWT's.
 */
final class EnvelopeCodec {

    static final String SENDER = "lia_snd";
    static final String RECIPIENT = "lia_rcp";
    static final String BATCH = "lia_bat";
    static final String CREATED = "lia_ts";
    static final JOSEObjectType TYPE = new JOSEObjectType("liaison-batch+jwe");

    private final JsonMapper json;

    EnvelopeCodec(JsonMapper json) {
        this.json = json;
    }

    String seal(Wire.Batch batch, ECKey signingKey, ECKey recipientKey) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID()).build(),
                    new Payload(json.writeValueAsBytes(batch)));
            jws.sign(new ECDSASigner(signingKey));
            JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, EncryptionMethod.A256GCM)
                    .type(TYPE)
                    .contentType("JWS")
                    .keyID(recipientKey.getKeyID())
                    .customParams(Map.of(SENDER, batch.sender(), RECIPIENT, batch.recipient(), BATCH, batch.batch(),
                            CREATED, batch.ts()))
                    .build();
            JWEObject jwe = new JWEObject(header, new Payload(jws));
            jwe.encrypt(new ECDHEncrypter(recipientKey.toPublicJWK()));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot seal envelope: " + e.getMessage(), e);
        }
    }

    /** Reads the unverified outer header: who claims to send, to whom. Cheap checks go first. */
    JWEObject parse(String compact) {
        try {
            JWEObject jwe = JWEObject.parse(compact.strip());
            if (!(jwe.getHeader().getCustomParam(SENDER) instanceof String)
                    || !(jwe.getHeader().getCustomParam(RECIPIENT) instanceof String)) {
                throw new EnvelopeRejected("malformed", 400, "the envelope header lacks sender or recipient");
            }
            return jwe;
        } catch (ParseException e) {
            throw new EnvelopeRejected("malformed", 400, "not a JWE compact serialization: " + e.getMessage());
        }
    }

    /** Decrypts with our key and verifies the signature with one of the sender's keys. */
    Wire.Batch open(JWEObject jwe, ECKey decryptionKey, List<ECKey> senderKeys) {
        try {
            jwe.decrypt(new ECDHDecrypter(decryptionKey));
        } catch (JOSEException | IllegalStateException e) {
            throw new EnvelopeRejected("undecryptable", 400, "cannot decrypt with this node's key: " + e.getMessage());
        }
        JWSObject jws = jwe.getPayload().toJWSObject();
        if (jws == null) {
            throw new EnvelopeRejected("malformed", 400, "the encrypted content is not a JWS");
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            throw new EnvelopeRejected("bad_signature", 400, "signature algorithm must be ES256");
        }
        String kid = jws.getHeader().getKeyID();
        ECKey key = senderKeys.stream().filter(k -> k.getKeyID().equals(kid)).findFirst()
                .orElseThrow(() -> new EnvelopeRejected("bad_signature", 400,
                        "signed with key " + kid + ", which is not on the sender's peer card"));
        try {
            if (!jws.verify(new ECDSAVerifier(key))) {
                throw new EnvelopeRejected("bad_signature", 400, "the signature does not verify");
            }
        } catch (JOSEException e) {
            throw new EnvelopeRejected("bad_signature", 400, "the signature does not verify: " + e.getMessage());
        }
        try {
            return json.readValue(jws.getPayload().toBytes(), Wire.Batch.class);
        } catch (JacksonException e) {
            throw new EnvelopeRejected("malformed", 400, "the signed content is not a valid batch: " + e.getOriginalMessage());
        }
    }

    String signReceipt(Wire.Receipt receipt, ECKey signingKey) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID())
                    .type(new JOSEObjectType("liaison-receipt+jws")).build(), new Payload(json.writeValueAsBytes(receipt)));
            jws.sign(new ECDSASigner(signingKey));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign receipt: " + e.getMessage(), e);
        }
    }

    /** Verifies a receipt with the receiver's keys; empty when it does not verify. */
    java.util.Optional<Wire.Receipt> verifyReceipt(String compact, List<ECKey> receiverKeys) {
        try {
            JWSObject jws = JWSObject.parse(compact.strip());
            String kid = jws.getHeader().getKeyID();
            for (ECKey k : receiverKeys) {
                if (k.getKeyID().equals(kid) && JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
                        && jws.verify(new ECDSAVerifier(k))) {
                    return java.util.Optional.of(json.readValue(jws.getPayload().toBytes(), Wire.Receipt.class));
                }
            }
            return java.util.Optional.empty();
        } catch (ParseException | JOSEException | JacksonException e) {
            return java.util.Optional.empty();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
