package org.liaison.exchange;

import com.nimbusds.jose.jwk.ECKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.exchange.internal.RecordSignatureCheck;

/**
 * What two agencies exchange to pair their nodes: who the node is, where it listens, and its public keys
 * (as JWK JSON objects) with their SHA-256 thumbprints so admins can compare them over the phone.
 */
public record PeerCard(String format, String nodeId, String agency, String agencyName, String baseUrl,
                       List<Map<String, Object>> signingKeys, List<Map<String, Object>> encryptionKeys,
                       List<String> fingerprints) {

    public static final String FORMAT = "liaison-peer-card/1";

    /**
     * Checks a record signature of this card's node ({@link NodeSignatures#sign}) with the card's keys alone, with no
     * node or database: for files signed by a node and checked elsewhere.
     */
    public NodeSignatures.Verdict verify(byte[] content, String signature) {
        List<ECKey> keys = new ArrayList<>();
        for (Map<String, Object> jwk : signingKeys == null ? List.<Map<String, Object>>of() : signingKeys) {
            try {
                keys.add(ECKey.parse(jwk));
            } catch (ParseException e) {
                throw new IllegalArgumentException("the peer card of " + agency + " holds a key that is not an EC JWK: "
                        + e.getMessage(), e);
            }
        }
        return RecordSignatureCheck.verify(agency, content, signature, keys);
    }
}
