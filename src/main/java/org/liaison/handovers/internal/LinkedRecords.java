package org.liaison.handovers.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.liaison.cases.Cases;
import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.RequestId;
import org.liaison.handovers.LinkedRecord;
import org.springframework.stereotype.Component;

/**
 * Names a handover's linked request or case through the cooperation and cases modules: title, where it stands, its
 * page. Both give summaries without personal data, so naming a link is not a read of person data.
 */
@Component
public class LinkedRecords {

    private final Cooperation cooperation;
    private final Cases cases;

    LinkedRecords(Cooperation cooperation, Cases cases) {
        this.cooperation = cooperation;
        this.cases = cases;
    }

    /**
     * @param statusKey the message key of where the record stands; null, like title and href, when this node does
     *                  not hold the record (a partner's case not shared with this agency, say)
     */
    public record Named(LinkedRecord.Kind kind, String id, String title, String statusKey, String href) {

        public boolean found() {
            return href != null;
        }
    }

    public Named describe(LinkedRecord link, Locale locale) {
        Optional<UUID> id = uuid(link.id());
        if (id.isPresent() && link.kind() == LinkedRecord.Kind.REQUEST) {
            Optional<Named> named = cooperation.request(new RequestId(id.get())).map(r -> new Named(link.kind(),
                    link.id(), r.title(), "handovers.linkStatus." + r.status(), "/requests/" + r.id()));
            if (named.isPresent()) {
                return named.get();
            }
        }
        if (id.isPresent() && link.kind() == LinkedRecord.Kind.CASE) {
            Optional<Named> named = cases.heading(new CaseId(id.get())).map(c -> new Named(link.kind(), link.id(),
                    "zh".equals(locale.getLanguage()) ? c.titleZh() : c.titleVi(),
                    "handovers.linkStatus." + c.status(), "/cases/" + c.id().value()));
            if (named.isPresent()) {
                return named.get();
            }
        }
        return new Named(link.kind(), link.id(), null, null, null);
    }

    /** True when this node holds the request or case; a handover requested here may link only those. */
    boolean exists(LinkedRecord.Kind kind, String reference) {
        Optional<UUID> id = uuid(reference);
        if (id.isEmpty()) {
            return false;
        }
        return kind == LinkedRecord.Kind.REQUEST ? cooperation.request(new RequestId(id.get())).isPresent()
                : cases.heading(new CaseId(id.get())).isPresent();
    }

    static Optional<UUID> uuid(String reference) {
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
