package org.liaison.engagements.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.EngagementView.ItemLine;
import org.springframework.stereotype.Component;

/**
 * How the action items of talks stand, and what later talks follow up. An item that is still open or in progress
 * comes up at every later talks between the same two agencies (at any level: measures agreed at provincial talks
 * are often checked at a BLO meeting) until a side marks it done or cancelled.
 */
@Component
class ActionItems {

    private final ActionItemProgressRecords progress;
    private final EngagementRecords records;
    private final DetailsJson json;

    ActionItems(ActionItemProgressRecords progress, EngagementRecords records, DetailsJson json) {
        this.progress = progress;
        this.records = records;
        this.json = json;
    }

    /** Keeps the progress rows in step with the items of talks as they now read: new items open, dropped ones go. */
    void follow(UUID talksId, Details details) {
        if (!(details instanceof Talks talks)) {
            return;
        }
        Set<UUID> current = new HashSet<>();
        talks.actionItems().forEach(i -> current.add(i.id()));
        List<ActionItemProgress> held = progress.findByTalksId(talksId);
        held.stream().filter(p -> !current.contains(p.id())).forEach(progress::delete);
        Set<UUID> known = new HashSet<>();
        held.forEach(p -> known.add(p.id()));
        progress.saveAll(current.stream().filter(id -> !known.contains(id))
                .map(id -> ActionItemProgress.open(id, talksId)).toList());
    }

    /** An update from the other side; false when an update made later is already held. */
    boolean receive(Wire.ActionItemUpdated u) {
        ActionItemProgress p = progress.findById(u.itemId()).orElseThrow();
        boolean changed = p.update(u.status(), u.note(), u.by(), u.atMs(), u.followedUpIn());
        if (changed) {
            progress.save(p);
        }
        return changed;
    }

    Optional<ActionItemProgress> find(UUID itemId) {
        return progress.findById(itemId);
    }

    /** The items of these talks, in the order agreed, with how each stands. */
    List<ItemLine> lines(Engagement e, Talks talks) {
        Map<UUID, ActionItemProgress> byId = new HashMap<>();
        progress.findByTalksId(e.id()).forEach(p -> byId.put(p.id(), p));
        return talks.actionItems().stream()
                .filter(i -> byId.containsKey(i.id()))
                .map(i -> line(i, byId.get(i.id()), e, talks))
                .toList();
    }

    /**
     * What these talks follow up: the items of earlier talks between the same two agencies that are still pending,
     * and those settled at these talks; oldest talks first.
     */
    List<ItemLine> followUps(Engagement meeting) {
        List<Engagement> earlier = records.between(EngagementKind.TALKS.name(), meeting.recordingAgency(),
                meeting.partnerAgency(), meeting.dated());
        if (earlier.isEmpty()) {
            return List.of();
        }
        Map<UUID, Engagement> talksById = new HashMap<>();
        earlier.forEach(t -> talksById.put(t.id(), t));
        List<ItemLine> lines = new ArrayList<>();
        Map<UUID, Talks> details = new HashMap<>();
        for (ActionItemProgress p : progress.findByTalksIdIn(talksById.keySet())) {
            boolean here = p.followedUpIn().filter(meeting.id()::equals).isPresent();
            if (!p.status().pending() && !here) {
                continue;
            }
            Engagement origin = talksById.get(p.talksId());
            Talks talks = details.computeIfAbsent(origin.id(), id -> (Talks) json.read(EngagementKind.TALKS, origin.details()));
            talks.actionItems().stream().filter(i -> i.id().equals(p.id())).findFirst()
                    .ifPresent(i -> lines.add(line(i, p, origin, talks)));
        }
        lines.sort(Comparator.comparing(ItemLine::talksHeldOn).thenComparing(l -> l.item().dueOn()));
        return lines;
    }

    private static ItemLine line(Talks.ActionItem item, ActionItemProgress p, Engagement origin, Talks talks) {
        return new ItemLine(item, p.status(), p.note(), p.updatedBy(),
                p.updatedMs() == 0 ? null : Instant.ofEpochMilli(p.updatedMs()), origin.id(), talks.heldOn(),
                talks.place(), p.followedUpIn().orElse(null));
    }
}
