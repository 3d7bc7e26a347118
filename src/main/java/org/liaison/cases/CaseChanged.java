package org.liaison.cases;

/**
 * A joint case this node holds changed: opened, edited, shared, a seizure or person added or removed, a proposal
 * made or decided, a partner's copy received or updated. Published in the transaction of the change (for a partner's
 * change, the exchange's inbox transaction): listen after commit ({@code @ApplicationModuleListener}).
 */
public record CaseChanged(CaseId id) {
}
