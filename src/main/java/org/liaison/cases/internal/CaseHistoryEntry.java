package org.liaison.cases.internal;

import java.util.UUID;
import org.springframework.data.annotation.Id;

/**
 * One line of a case's history on this node, oldest kept forever.
 *
 * @param revision the case's revision after what happened
 * @param subject  what it was about, by kind: changed fields ({@code TITLE_ZH,STATUS}), a seizure
 *                 ({@code HEROIN 1.2 KG}), a person's names, a partner agency, a task's title, a link
 * @param note     a reason an officer gave, or empty
 */
public record CaseHistoryEntry(@Id Long id, UUID caseId, long atMs, String actor, String agency, HistoryKind kind,
                               int revision, String subject, String note) {
}
