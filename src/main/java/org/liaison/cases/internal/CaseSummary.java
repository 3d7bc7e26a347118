package org.liaison.cases.internal;

import java.time.LocalDate;
import org.liaison.cases.CaseId;

/** A line of the case list. */
public record CaseSummary(CaseId id, String originAgency, boolean own, int revision, CaseCore core, LocalDate openedOn,
                          long updatedMs, int persons, int seizures, long pendingProposals) {
}
