package org.liaison.cases.internal;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A report or request the own agency linked to a case, by its id. Links stay on the node that made them: each side
 * links the records it holds.
 */
public record CaseLink(@Id UUID id, UUID caseId, LinkKind kind, String reference, String addedBy, long addedMs,
                       @Version Integer version) {
}
