package org.liaison.exchange.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.liaison.exchange.NodeSignatures.Verdict;

/**
 * Checks a node's record signature against given public keys: the node's own or a partner's live keys, or the keys
 * on a peer card when there is no node at hand (verifying an exported file).
 */
public final class RecordSignatureCheck {

    private RecordSignatureCheck() {
    }

    public static Verdict verify(String agency, byte[] content, String signature, List<ECKey> keys) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(signature == null ? "" : signature.strip(), new Payload(content));
        } catch (ParseException e) {
            return Verdict.INVALID;
        }
        JWSHeader header = jws.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || !JwsNodeSignatures.TYPE.equals(header.getType())
                || !agency.equals(header.getCustomParam(JwsNodeSignatures.AGENCY))) {
            return Verdict.INVALID;
        }
        Optional<ECKey> key = keys.stream().filter(k -> k.getKeyID().equals(header.getKeyID())).findFirst();
        if (key.isEmpty()) {
            return Verdict.UNKNOWN_KEY;
        }
        try {
            return jws.verify(new ECDSAVerifier(key.get().toPublicJWK())) ? Verdict.VALID : Verdict.INVALID;
        } catch (JOSEException e) {
            return Verdict.INVALID;
        }
    }
}
