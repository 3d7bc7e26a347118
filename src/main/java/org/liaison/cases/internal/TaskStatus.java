package org.liaison.cases.internal;

/** Where a task stands. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
