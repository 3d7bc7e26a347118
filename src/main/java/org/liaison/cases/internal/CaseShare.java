package org.liaison.cases.internal;

import java.util.UUID;

/** A partner agency holding a copy of the case; {@code messageId} is null for a copy shared before this node. */
public record CaseShare(String agency, UUID messageId, String sharedBy, long sharedMs) {
}
