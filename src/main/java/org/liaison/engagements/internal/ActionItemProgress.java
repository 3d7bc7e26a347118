package org.liaison.engagements.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * How an action item of some talks stands. Kept apart from the talks' wording: either side updates it, usually at
 * the next meeting, without a correction of the record; the latest update wins on both nodes.
 */
class ActionItemProgress {

    @Id
    private final UUID id;
    private final UUID talksId;
    private ActionItemStatus status;
    private String note;
    private String updatedBy;
    private long updatedMs;
    /** The later talks at which the item was followed up, or null. */
    private UUID followedUpIn;
    @Version
    private Integer version;

    @PersistenceCreator
    ActionItemProgress(UUID id, UUID talksId, ActionItemStatus status, String note, String updatedBy, long updatedMs,
                       UUID followedUpIn, Integer version) {
        this.id = id;
        this.talksId = talksId;
        this.status = status;
        this.note = note;
        this.updatedBy = updatedBy;
        this.updatedMs = updatedMs;
        this.followedUpIn = followedUpIn;
        this.version = version;
    }

    static ActionItemProgress open(UUID id, UUID talksId) {
        return new ActionItemProgress(id, talksId, ActionItemStatus.OPEN, "", "", 0, null, null);
    }

    /** True when the update is not older than the one held (updates cross each other between the nodes). */
    boolean update(ActionItemStatus to, String note, String by, long at, UUID followedUpIn) {
        if (at < updatedMs) {
            return false;
        }
        this.status = to;
        this.note = note == null ? "" : note;
        this.updatedBy = by;
        this.updatedMs = at;
        this.followedUpIn = followedUpIn;
        return true;
    }

    UUID id() {
        return id;
    }

    UUID talksId() {
        return talksId;
    }

    ActionItemStatus status() {
        return status;
    }

    String note() {
        return note;
    }

    String updatedBy() {
        return updatedBy;
    }

    long updatedMs() {
        return updatedMs;
    }

    Optional<UUID> followedUpIn() {
        return Optional.ofNullable(followedUpIn);
    }
}
