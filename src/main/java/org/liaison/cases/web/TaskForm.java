package org.liaison.cases.web;

import org.liaison.cases.internal.TaskDraft;

/** A task for an officer of the own agency. */
public class TaskForm {

    private String title;
    private String owner;
    private String dueOn;

    TaskDraft toDraft() {
        return new TaskDraft(title, owner, dueOn);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String dueOn) { this.dueOn = dueOn; }
}
