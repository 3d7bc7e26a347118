package org.liaison.screening.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonUses;
import org.liaison.screening.ScreeningRetention;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the hits that were never confirmed once their time is up, and tells the persons module which hits still
 * hold a person's name (a hit on either side, own person or notice's person, keeps the person from expiring).
 */
@Service
class HitRetention implements ScreeningRetention, PersonUses {

    private final HitRecords hits;
    private final AuditLog audit;
    private final NodeProperties node;

    HitRetention(HitRecords hits, AuditLog audit, NodeProperties node) {
        this.hits = hits;
        this.audit = audit;
        this.node = node;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnconfirmedHit> unconfirmedFoundBefore(Instant cutoff) {
        return hits.unconfirmedFoundBefore(cutoff.toEpochMilli()).stream()
                .map(h -> new UnconfirmedHit(h.id(), h.status().name(), Instant.ofEpochMilli(h.foundMs())))
                .toList();
    }

    @Override
    @Transactional
    public List<UUID> deleteUnconfirmedFoundBefore(Instant cutoff, String by) {
        List<ScreeningHit> old = hits.unconfirmedFoundBefore(cutoff.toEpochMilli());
        hits.deleteAll(old);
        for (ScreeningHit h : old) {
            audit.append(new AuditEntry(by, node.agency(), "DELETE", "screening_hit", h.id().toString(), "",
                    "retention: " + h.status() + " hit found " + Instant.ofEpochMilli(h.foundMs())
                            + " on notice " + h.notice()));
        }
        return old.stream().map(ScreeningHit::id).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonUse> uses(PersonId person) {
        return hits.aboutPerson(person.value()).stream()
                .map(h -> new PersonUse("hit", h.id().toString(), "/screening/hits/" + h.id()))
                .toList();
    }
}
