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
 * Seals a batch as JWE (ECDH-ES + A256GCM, recipient's key) whose plaintext is a JWS (ES256, sender's key) over
 * the batch's manifest, a newline, then the messages' payload bytes one after another; the manifest gives each
 * payload's length and SHA-256. Opening checks every property the protocol promises. All crypto is Nimbus
 * JOSE+JWT's; the framing only avoids encoding megabytes of payload twice.
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
            java.io.ByteArrayOutputStream payloads = new java.io.ByteArrayOutputStream();
            List<Wire.Entry> entries = new java.util.ArrayList<>(batch.messages().size());
            for (Wire.Envelope e : batch.messages()) {
                byte[] bytes = e.payload().getBytes(StandardCharsets.UTF_8);
                entries.add(e.entry(bytes.length));
                payloads.writeBytes(bytes);
            }
            Wire.Manifest manifest = new Wire.Manifest(batch.batch(), batch.sender(), batch.senderNode(), batch.recipient(),
                    batch.ts(), entries);
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID()).build(),
                    new Payload(json.writeValueAsBytes(manifest)));
            jws.sign(new ECDSASigner(signingKey));
            java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream(payloads.size() + 4096);
            plain.writeBytes(jws.serialize().getBytes(StandardCharsets.US_ASCII));
            plain.write('\n');
            payloads.writeTo(plain);
            JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES, EncryptionMethod.A256GCM)
                    .type(TYPE)
                    .contentType("liaison-manifest+payloads")
                    .keyID(recipientKey.getKeyID())
                    .customParams(Map.of(SENDER, batch.sender(), RECIPIENT, batch.recipient(), BATCH, batch.batch(),
                            CREATED, batch.ts()))
                    .build();
            JWEObject jwe = new JWEObject(header, new Payload(plain.toByteArray()));
            jwe.encrypt(new ECDHEncrypter(recipientKey.toPublicJWK()));
            return jwe.serialize();
        } catch (JOSEException | java.io.IOException e) {
            throw new IllegalStateException("cannot seal envelope: " + e.getMessage(), e);
        }
    }

    /** Reads the unverified outer header: who claims to send, to whom. Cheap checks go first. */
    JWEObject parse(String compact) {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(compact.strip());
        } catch (ParseException | RuntimeException e) {
            // Nimbus throws a NullPointerException for some malformed headers (a fuzzed envelope found one)
            throw new EnvelopeRejected("malformed", 400, "not a JWE compact serialization: " + e.getMessage());
        }
        if (!(jwe.getHeader().getCustomParam(SENDER) instanceof String)
                || !(jwe.getHeader().getCustomParam(RECIPIENT) instanceof String)) {
            throw new EnvelopeRejected("malformed", 400, "the envelope header lacks sender or recipient");
        }
        return jwe;
    }

    /** Decrypts with our key and verifies the signature with one of the sender's keys. */
    Wire.Batch open(JWEObject jwe, ECKey decryptionKey, List<ECKey> senderKeys) {
        try {
            jwe.decrypt(new ECDHDecrypter(decryptionKey));
        } catch (JOSEException | IllegalStateException e) {
            throw new EnvelopeRejected("undecryptable", 400, "cannot decrypt with this node's key: " + e.getMessage());
        }
        byte[] plain = jwe.getPayload().toBytes();
        int newline = -1;
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] == '\n') {
                newline = i;
                break;
            }
        }
        if (newline < 0) {
            throw new EnvelopeRejected("malformed", 400, "the encrypted content lacks its signed manifest");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(plain, 0, newline, StandardCharsets.US_ASCII));
        } catch (ParseException e) {
            throw new EnvelopeRejected("malformed", 400, "the manifest is not a JWS: " + e.getMessage());
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
        Wire.Manifest manifest;
        try {
            manifest = json.readValue(jws.getPayload().toBytes(), Wire.Manifest.class);
        } catch (JacksonException e) {
            throw new EnvelopeRejected("malformed", 400, "the signed manifest is not valid: " + e.getOriginalMessage());
        }
        if (manifest.messages() == null) {
            throw new EnvelopeRejected("malformed", 400, "the manifest lists no messages");
        }
        List<Wire.Envelope> messages = new java.util.ArrayList<>(manifest.messages().size());
        int offset = newline + 1;
        for (Wire.Entry entry : manifest.messages()) {
            if (entry == null || entry.len() < 0 || entry.len() > plain.length - offset) {
                throw new EnvelopeRejected("malformed", 400, "payload lengths in the manifest do not fit the content");
            }
            messages.add(entry.with(new String(plain, offset, entry.len(), StandardCharsets.UTF_8)));
            offset += entry.len();
        }
        if (offset != plain.length) {
            throw new EnvelopeRejected("malformed", 400, "content continues past the payloads the manifest lists");
        }
        return new Wire.Batch(manifest.batch(), manifest.sender(), manifest.senderNode(), manifest.recipient(),
                manifest.ts(), messages);
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
