package org.liaison.cases.internal;

/**
 * A task as typed, not yet checked.
 *
 * @param owner the user name of an officer of the own agency
 * @param dueOn {@code yyyy-MM-dd}
 */
public record TaskDraft(String title, String owner, String dueOn) {
}
