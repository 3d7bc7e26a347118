package org.liaison.cases.internal;

import java.time.LocalDate;

/** A task's title, owner and due date, checked by {@link CasePolicy}. */
record TaskFacts(String title, String owner, LocalDate dueOn) {
}
