package org.liaison.shared;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
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
 * @param timeZone      the zone the node's users read times in, e.g. {@code Asia/Ho_Chi_Minh}; by default the
 *                      own agency's country's zone
 */
@ConfigurationProperties("liaison.node")
public record NodeProperties(
        String agency,
        String agencyName,
        Path dataDir,
        boolean demo,
        String publicUrl,
        String initialAdminPassword,
        String timeZone) {

    public NodeProperties {
        if (agency == null || agency.isBlank()) {
            agency = "VN-CB";
        }
        if (dataDir == null) {
            dataDir = Path.of("liaison-data", agency.toLowerCase());
        }
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("liaison.node.time-zone must be a zone id such as Asia/Ho_Chi_Minh; got '"
                        + timeZone + "'", e);
            }
        }
    }

    /** The node's time zone: configured, else the own agency's country's, else the machine's. */
    public ZoneId zone() {
        if (timeZone != null && !timeZone.isBlank()) {
            return ZoneId.of(timeZone);
        }
        return switch (agency.substring(0, Math.min(2, agency.length()))) {
            case "VN" -> ZoneId.of("Asia/Ho_Chi_Minh");
            case "CN" -> ZoneId.of("Asia/Shanghai");
            default -> ZoneId.systemDefault();
        };
    }

    public AgencyCode agencyCode() {
        return new AgencyCode(agency);
    }
}
