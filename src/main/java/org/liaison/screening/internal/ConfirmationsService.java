package org.liaison.screening.internal;

import java.util.List;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.Exchange;
import org.liaison.persons.WantedNoticeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' confirmations of hits on the own wanted notices (stored by {@link ConfirmationReception}): shown on the
 * notice's page, and among the alerts until an officer has read one.
 */
@Service
public class ConfirmationsService {

    private final ConfirmationRecords confirmations;
    private final Exchange exchange;
    private final AuditLog audit;

    ConfirmationsService(ConfirmationRecords confirmations, Exchange exchange, AuditLog audit) {
        this.confirmations = confirmations;
        this.exchange = exchange;
        this.audit = audit;
    }

    /** The confirmations of one own notice, newest first; each shown is an audited read. */
    @Transactional
    public List<ConfirmationView> onNotice(WantedNoticeId notice, Actor reader) {
        List<PartnerConfirmation> found = confirmations.findByNoticeIdOrderByConfirmedMsDesc(notice.value());
        List<ConfirmationView> views = found.stream().map(PartnerConfirmation::view).toList();
        views.forEach(v -> log(reader, "READ", v.id(), "shown on wanted notice " + notice));
        return views;
    }

    /** The confirmations no officer has read yet (the alerts list); audited reads. */
    @Transactional
    public List<ConfirmationView> unnoted(Actor reader) {
        List<ConfirmationView> views = confirmations.unnoted(HitsService.LIST_LIMIT).stream().map(PartnerConfirmation::view).toList();
        views.forEach(v -> log(reader, "READ", v.id(), "alerts"));
        return views;
    }

    /** An officer has read it: it leaves the alerts, and the partner learns its message was read. */
    @Transactional
    public void noted(UUID id, Actor actor) {
        PartnerConfirmation c = confirmations.findById(id).orElseThrow(ScreeningRefused::notFound);
        if (c.noted(actor.username(), System.currentTimeMillis())) {
            confirmations.save(c);
            log(actor, "NOTE", id, "read");
            if (c.messageId() != null) {
                exchange.markRead(c.messageId(), actor.officer());
            }
        }
    }

    private void log(Actor actor, String action, UUID id, String detail) {
        audit.append(new AuditEntry(actor.username(), actor.agency(), action, "partner_confirmation", id.toString(),
                actor.remoteAddr(), detail));
    }
}
