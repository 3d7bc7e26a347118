package org.liaison.cases.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A task of the own agency on a case: who does what by when. Tasks stay on the node that set them; each side
 * plans its own work on a shared case and the partner does not see it.
 */
class CaseTask {

    @Id
    private final UUID id;
    private final UUID caseId;
    private final String title;
    private final String owner;
    private final LocalDate dueOn;
    private TaskStatus status;
    private final String createdBy;
    private final long createdMs;
    private long updatedMs;
    @Version
    private Integer version;

    @PersistenceCreator
    CaseTask(UUID id, UUID caseId, String title, String owner, LocalDate dueOn, TaskStatus status, String createdBy,
             long createdMs, long updatedMs, Integer version) {
        this.id = id;
        this.caseId = caseId;
        this.title = title;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = status;
        this.createdBy = createdBy;
        this.createdMs = createdMs;
        this.updatedMs = updatedMs;
        this.version = version;
    }

    static CaseTask set(CaseId caseId, TaskFacts t, String by, long now) {
        return new CaseTask(UUID.randomUUID(), caseId.value(), t.title(), t.owner(), t.dueOn(), TaskStatus.OPEN, by,
                now, now, null);
    }

    /** Moves the task on; false when it is already there. */
    boolean moveTo(TaskStatus to, long now) {
        if (status == to) {
            return false;
        }
        status = to;
        updatedMs = now;
        return true;
    }

    /** Not done by its due date, seen on {@code today}. */
    boolean overdue(LocalDate today) {
        return status != TaskStatus.DONE && dueOn.isBefore(today);
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    String title() {
        return title;
    }

    String owner() {
        return owner;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    TaskStatus status() {
        return status;
    }
}
