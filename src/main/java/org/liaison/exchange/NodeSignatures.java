package org.liaison.exchange;

/**
 * Signatures an agency's node puts on records both sides keep (e.g. each side's confirmation of a handover), made
 * with the node's own ES256 signing key and checked with the keys on the partners' peer cards. The signed bytes
 * are the caller's: it must rebuild exactly the same bytes to verify.
 */
public interface NodeSignatures {

    /** A compact JWS with detached payload ({@code header..signature}) over {@code content}, by this node's key. */
    String sign(byte[] content);

    /**
     * Checks that {@code signature} is this node's or a paired partner's signature over exactly {@code content}.
     *
     * @param agency the agency whose node is said to have signed
     */
    Verdict verify(String agency, byte[] content, String signature);

    enum Verdict {
        /** Made by that agency's node over exactly these bytes. */
        VALID,
        /** Not a signature over these bytes by that key: the content or the signature was changed. */
        INVALID,
        /** Signed with a key this node does not (or no longer) know for that agency; cannot say. */
        UNKNOWN_KEY
    }
}
