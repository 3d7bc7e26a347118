package org.liaison.cooperation.web;

import org.liaison.cooperation.internal.Drafts;
import org.springframework.web.multipart.MultipartFile;

/** A note or reply in a thread; {@code kind} is NOTE, PARTIAL_REPLY or FINAL_REPLY. */
public class ReplyForm {

    private String kind = "NOTE";
    private String text;
    private MultipartFile[] attachments;

    Drafts.Reply toDraft() {
        return new Drafts.Reply(kind, text, Uploads.of(attachments));
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public MultipartFile[] getAttachments() { return attachments; }
    public void setAttachments(MultipartFile[] attachments) { this.attachments = attachments; }
}
