package org.liaison.cases.internal;

import java.util.List;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.liaison.directory.Directory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * This side's own work on a case, own or a partner's: tasks for its officers and links to the reports and requests
 * it holds. None of it is sent to partners, and none of it changes the case's revision; a closed case takes no
 * more of it.
 */
@Service
public class CaseWork {

    private final CasesService cases;
    private final CaseTasks tasks;
    private final CaseLinks links;
    private final CasePolicy policy;
    private final CaseJournal journal;
    private final LinkedItems items;

    CaseWork(CasesService cases, CaseTasks tasks, CaseLinks links, CasePolicy policy, CaseJournal journal,
             LinkedItems items) {
        this.items = items;
        this.cases = cases;
        this.tasks = tasks;
        this.links = links;
        this.policy = policy;
        this.journal = journal;
    }

    /** The officers a task may be given to: the own agency's who work cases. */
    public List<Directory.OfficerSummary> owners() {
        return policy.officers();
    }

    @Transactional
    public UUID setTask(Actor actor, CaseId id, TaskDraft draft) {
        JointCase c = cases.find(id);
        c.checkOpen();
        TaskFacts facts = policy.task(draft);
        long now = System.currentTimeMillis();
        CaseTask task = tasks.save(CaseTask.set(id, facts, actor.username(), now));
        journal.record(c, actor, HistoryKind.TASK_SET, HistorySubject.of(HistorySubject.Type.TASK, facts.title()),
                "", now);
        return task.id();
    }

    @Transactional
    public void moveTask(Actor actor, CaseId id, UUID taskId, String status) {
        JointCase c = cases.find(id);
        CaseTask task = tasks.findById(taskId).filter(t -> t.caseId().equals(id.value()))
                .orElseThrow(CasesChangeRefused::notFound);
        c.checkOpen();
        Problems p = new Problems();
        TaskStatus to = p.oneOf("status", status, TaskStatus.class);
        p.throwIfAny();
        long now = System.currentTimeMillis();
        if (task.moveTo(to, now)) {
            try {
                tasks.save(task);
            } catch (OptimisticLockingFailureException e) {
                throw CasesChangeRefused.conflict("cases.error.concurrent");
            }
            journal.record(c, actor, HistoryKind.TASK_MOVED,
                    HistorySubject.of(HistorySubject.Type.TASK_STATUS, to + " " + task.title()), "", now);
        }
    }

    /** Links a report or request this node holds, by its id; one not on this node, or the same one twice, is refused. */
    @Transactional
    public UUID addLink(Actor actor, CaseId id, String kind, String reference) {
        JointCase c = cases.find(id);
        c.checkOpen();
        CasePolicy.LinkTarget target = CasePolicy.link(kind, reference);
        LinkKind k = target.kind();
        String ref = target.reference();
        if (!items.exists(k, ref)) {
            throw CasesChangeRefused.one(CasesChangeRefused.Reason.INVALID, "reference",
                    k == LinkKind.REPORT ? "cases.validation.noSuchReport" : "cases.validation.noSuchRequest", ref);
        }
        if (links.existsByCaseIdAndKindAndReference(id.value(), k, ref)) {
            throw CasesChangeRefused.one(CasesChangeRefused.Reason.INVALID, "reference", "cases.validation.linkedAlready", ref);
        }
        long now = System.currentTimeMillis();
        CaseLink link;
        try {
            link = links.save(new CaseLink(UUID.randomUUID(), id.value(), k, ref, actor.username(), now, null));
        } catch (DuplicateKeyException e) {
            throw CasesChangeRefused.one(CasesChangeRefused.Reason.INVALID, "reference", "cases.validation.linkedAlready", ref);
        }
        journal.record(c, actor, HistoryKind.LINK_ADDED, HistorySubject.of(HistorySubject.Type.LINK, k + " " + ref), "", now);
        return link.id();
    }

    @Transactional
    public void removeLink(Actor actor, CaseId id, UUID linkId) {
        JointCase c = cases.find(id);
        CaseLink link = links.findById(linkId).filter(l -> l.caseId().equals(id.value()))
                .orElseThrow(CasesChangeRefused::notFound);
        c.checkOpen();
        links.delete(link);
        journal.record(c, actor, HistoryKind.LINK_REMOVED,
                HistorySubject.of(HistorySubject.Type.LINK, link.kind() + " " + link.reference()), "", System.currentTimeMillis());
    }
}
