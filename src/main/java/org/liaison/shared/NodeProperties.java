package org.liaison.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this node is: the agency it serves, where its data lives, and whether it runs as a demo.
 *
 * @param agency        the own agency's code, e.g. {@code VN-CB}
 * @param agencyName    the own agency's name, used when the directory is empty on first start
 * @param dataDir       the data folder (embedded database, index, keys)
 * @param demo          demo mode: seeds demo users and history, creates the demo API token
 * @param publicUrl     the URL partners use to reach this node
 * @param initialAdminPassword when set and no officer exists yet, creates user {@code admin} with it
 */
@ConfigurationProperties("liaison.node")
public record NodeProperties(
        String agency,
        String agencyName,
        Path dataDir,
        boolean demo,
        String publicUrl,
        String initialAdminPassword) {

    public NodeProperties {
        if (agency == null || agency.isBlank()) {
            agency = "VN-CB";
        }
        if (dataDir == null) {
            dataDir = Path.of("liaison-data", agency.toLowerCase());
        }
    }

    public AgencyCode agencyCode() {
        return new AgencyCode(agency);
    }
}
