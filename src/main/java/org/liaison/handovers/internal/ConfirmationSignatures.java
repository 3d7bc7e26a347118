package org.liaison.handovers.internal;

import org.liaison.exchange.NodeSignatures;
import org.springframework.stereotype.Component;

/** Signs this side's confirmations with the node's key and checks both sides' signatures on what is stored now. */
@Component
class ConfirmationSignatures {

    private final NodeSignatures signatures;

    ConfirmationSignatures(NodeSignatures signatures) {
        this.signatures = signatures;
    }

    HandoverConfirmation sign(Handover h, HandoverConfirmation unsigned) {
        return unsigned.signed(signatures.sign(ConfirmationStatement.of(h, unsigned).canonicalJson()));
    }

    /** Recomputed from the stored fields every time: a confirmation changed after signing does not verify. */
    NodeSignatures.Verdict verify(Handover h, HandoverConfirmation c) {
        return signatures.verify(c.agency(), ConfirmationStatement.of(h, c).canonicalJson(), c.signature());
    }
}
