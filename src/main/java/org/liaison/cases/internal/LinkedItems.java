package org.liaison.cases.internal;

import java.util.Optional;
import java.util.UUID;
import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.ReportId;
import org.liaison.cooperation.RequestId;
import org.springframework.stereotype.Component;

/**
 * Names a case's links through the cooperation module: the report's or request's title, where it stands and its page.
 * Summaries carry no personal data, so naming a link is not a read of person data.
 */
@Component
public class LinkedItems {

    private final Cooperation cooperation;

    LinkedItems(Cooperation cooperation) {
        this.cooperation = cooperation;
    }

    /**
     * A link as officers see it.
     *
     * @param status for a request its {@code RequestStatus}; for a report SENT (written here) or RECEIVED; null when
     *               the record is not (or no longer) on this node
     * @param href   the record's page; null when it is not on this node
     */
    public record LinkedItem(UUID linkId, LinkKind kind, String reference, String title, String status, String href) {

        public boolean found() {
            return href != null;
        }
    }

    public LinkedItem describe(CaseLink link) {
        Optional<UUID> id = uuid(link.reference());
        if (id.isPresent() && link.kind() == LinkKind.REPORT) {
            return cooperation.report(new ReportId(id.get()))
                    .map(r -> new LinkedItem(link.id(), link.kind(), link.reference(), r.title(),
                            r.own() ? "SENT" : "RECEIVED", "/reports/" + r.id()))
                    .orElseGet(() -> missing(link));
        }
        if (id.isPresent() && link.kind() == LinkKind.REQUEST) {
            return cooperation.request(new RequestId(id.get()))
                    .map(r -> new LinkedItem(link.id(), link.kind(), link.reference(), r.title(), r.status().name(),
                            "/requests/" + r.id()))
                    .orElseGet(() -> missing(link));
        }
        return missing(link);
    }

    /** True when this node holds the report or request the reference names. */
    boolean exists(LinkKind kind, String reference) {
        Optional<UUID> id = uuid(reference);
        if (id.isEmpty()) {
            return false;
        }
        return kind == LinkKind.REPORT ? cooperation.report(new ReportId(id.get())).isPresent()
                : cooperation.request(new RequestId(id.get())).isPresent();
    }

    private static LinkedItem missing(CaseLink link) {
        return new LinkedItem(link.id(), link.kind(), link.reference(), null, null, null);
    }

    private static Optional<UUID> uuid(String reference) {
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
