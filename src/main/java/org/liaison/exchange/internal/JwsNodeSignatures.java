package org.liaison.exchange.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import java.util.List;
import java.util.Map;
import org.liaison.exchange.NodeSignatures;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;

/**
 * {@link NodeSignatures} with Nimbus JOSE: ES256 over a detached payload (RFC 7515, appendix F). The header names
 * the signing agency and a type of its own, so an envelope's signature can never pass for a record's, nor one
 * agency's for another's.
 */
@Service
class JwsNodeSignatures implements NodeSignatures {

    static final JOSEObjectType TYPE = new JOSEObjectType("liaison-record+jws");
    static final String AGENCY = "lia_agency";

    private final Keyring keyring;
    private final PeerRegistry peers;
    private final String ownAgency;

    JwsNodeSignatures(Keyring keyring, PeerRegistry peers, NodeProperties node) {
        this.keyring = keyring;
        this.peers = peers;
        this.ownAgency = node.agency();
    }

    @Override
    public String sign(byte[] content) {
        ECKey key = keyring.keys().signing();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(key.getKeyID())
                .customParams(Map.of(AGENCY, ownAgency)).build(), new Payload(content));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
        return jws.serialize(true);
    }

    @Override
    public Verdict verify(String agency, byte[] content, String signature) {
        return RecordSignatureCheck.verify(agency, content, signature, keys(agency));
    }

    /** This node's live signing keys for itself; the key on the partner's card for a partner. */
    private List<ECKey> keys(String agency) {
        if (agency.equals(ownAgency)) {
            return keyring.keys().publicSigningKeys();
        }
        return peers.keys(agency).map(PeerRegistry.PeerKeys::signing).orElse(List.of());
    }
}
