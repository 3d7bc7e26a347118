package org.liaison.exchange.internal;

import java.nio.file.Path;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Component;

/** Holds this node's keys, loaded (or generated on first start) from the data folder. */
@Component
class Keyring {

    private final Path dir;
    private final String agency;
    private final ExchangeProperties settings;
    private volatile NodeKeys keys;

    Keyring(NodeProperties node, ExchangeProperties settings) {
        this.dir = node.dataDir().resolve("keys");
        this.agency = node.agency();
        this.settings = settings;
        this.keys = NodeKeys.loadOrGenerate(dir, agency);
    }

    NodeKeys keys() {
        return keys;
    }

    /** New current keys; the old ones keep verifying for the grace period. */
    NodeKeys rotate() {
        keys = NodeKeys.rotate(dir, agency, settings.keyGrace());
        return keys;
    }

    Path dir() {
        return dir;
    }
}
