package org.liaison.exchange;

import java.util.List;
import java.util.Map;

/**
 * What two agencies exchange to pair their nodes: who the node is, where it listens, and its public keys
 * (as JWK JSON objects) with their SHA-256 thumbprints so admins can compare them over the phone.
 */
public record PeerCard(String format, String nodeId, String agency, String agencyName, String baseUrl,
                       List<Map<String, Object>> signingKeys, List<Map<String, Object>> encryptionKeys,
                       List<String> fingerprints) {

    public static final String FORMAT = "liaison-peer-card/1";
}
