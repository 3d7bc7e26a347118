package org.liaison.engagements.internal;

import java.util.Set;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.engagements.EngagementKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving an action item on: either side records how far it has come, on the page of the talks that agreed it or
 * of later talks that follow it up; the other side is told.
 */
@Service
public class FollowingUp {

    private final ActionItemProgressRecords progress;
    private final EngagementRecords records;
    private final Sharing sharing;
    private final AuditLog audit;

    FollowingUp(ActionItemProgressRecords progress, EngagementRecords records, Sharing sharing, AuditLog audit) {
        this.progress = progress;
        this.records = records;
        this.sharing = sharing;
        this.audit = audit;
    }

    /** @param meetingId the talks whose page the officer is on; null or the item's own talks for no follow-up */
    @Transactional
    public void update(Actor actor, UUID itemId, String status, String note, UUID meetingId) {
        ActionItemProgress p = progress.findById(itemId).orElseThrow(EngagementsChangeRefused::notFound);
        Engagement talks = records.findById(p.talksId()).orElseThrow(EngagementsChangeRefused::notFound);
        Refusals r = new Refusals();
        ActionItemStatus to = r.choice("status", status, ActionItemStatus.class);
        String why = r.text("note", note, EngagementsService.MAX_NOTE, false);
        r.throwIfAny();
        UUID followedUpIn = meetingId == null || meetingId.equals(talks.id()) ? null : laterTalks(meetingId, talks);
        long now = System.currentTimeMillis();
        p.update(to, why, actor.signature(), now, followedUpIn);
        try {
            progress.save(p);
        } catch (OptimisticLockingFailureException e) {
            // the other side's update, or another officer's, arrived at the same moment
            throw EngagementsChangeRefused.conflict("engagements.error.stale");
        }
        sharing.tell(actor, talks.otherSide(), Wire.ACTION_ITEM_UPDATED,
                new Wire.ActionItemUpdated(itemId, talks.id(), to, why, followedUpIn, actor.signature(), now),
                talks.id(), "action item of talks of " + talks.dated() + " " + to.name().toLowerCase());
        audit.append(new AuditEntry(actor.officer().username(), actor.officer().agency(), "UPDATE", "action_item",
                itemId.toString(), actor.remoteAddr(), to + (followedUpIn == null ? "" : " at talks " + followedUpIn)));
    }

    /** The talks an item is followed up at: later talks between the same two agencies. */
    private UUID laterTalks(UUID meetingId, Engagement origin) {
        return records.findById(meetingId)
                .filter(m -> m.kind() == EngagementKind.TALKS && m.dated().isAfter(origin.dated())
                        && Set.of(m.recordingAgency(), m.partnerAgency())
                        .equals(Set.of(origin.recordingAgency(), origin.partnerAgency())))
                .map(Engagement::id)
                .orElseThrow(() -> EngagementsChangeRefused.conflict("engagements.item.error.notAFollowUp"));
    }
}
