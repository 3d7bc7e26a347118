package org.liaison.engagements.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.internal.Agreement;
import org.liaison.engagements.internal.Details;
import org.liaison.engagements.internal.Draft;
import org.liaison.engagements.internal.Talks;
import org.liaison.engagements.internal.TrainingCourse;
import org.liaison.engagements.internal.Visit;

/**
 * What every record form has: the partner the record is kept with, the note that goes with a correction, and
 * rows that grow and shrink with the form's own buttons (no script needed). One subclass per kind.
 */
public abstract class RecordForm {

    private String partner;
    private String note;

    abstract EngagementKind kind();

    abstract Draft toDraft();

    /** The form's lists of rows by field name, and how to make a new row of each. */
    abstract Map<String, RowList<?>> rowLists();

    record RowList<T>(List<T> rows, Supplier<T> newRow) {
    }

    /** A form of the kind without any rows, for the request to be bound to. */
    static RecordForm empty(EngagementKind kind) {
        return switch (kind) {
            case TALKS -> new TalksForm();
            case VISIT -> new VisitForm();
            case TRAINING_COURSE -> new TrainingForm();
            case AGREEMENT -> new AgreementForm();
        };
    }

    /** A new form with a few rows to start with; the own agency's rows come first. */
    static RecordForm blank(EngagementKind kind, String own, String partner) {
        RecordForm form = switch (kind) {
            case TALKS -> TalksForm.blank(own, partner);
            case VISIT -> VisitForm.blank(own, partner);
            case TRAINING_COURSE -> TrainingForm.blank(own, partner);
            case AGREEMENT -> AgreementForm.blank(own, partner);
        };
        form.partner = partner;
        return form;
    }

    /** A form that reads as the record does, for proposing a correction. */
    static RecordForm of(Details details, String partner) {
        RecordForm form = switch (details) {
            case Talks t -> TalksForm.of(t);
            case Visit v -> VisitForm.of(v);
            case TrainingCourse c -> TrainingForm.of(c);
            case Agreement a -> AgreementForm.of(a);
        };
        form.partner = partner;
        return form;
    }

    /**
     * The form's "add a row" ({@code add=delegates}) and "remove row n" ({@code remove=delegates:2}) buttons; true
     * when the form changed and is shown again instead of being saved.
     */
    boolean edit(String add, String remove) {
        RowList<?> list = add == null ? null : rowLists().get(add);
        if (list != null) {
            addTo(list);
            return true;
        }
        if (remove != null && remove.matches("[a-zA-Z]{1,20}:\\d{1,3}")) {
            RowList<?> from = rowLists().get(remove.substring(0, remove.indexOf(':')));
            int i = Integer.parseInt(remove.substring(remove.indexOf(':') + 1));
            if (from != null && i < from.rows().size()) {
                from.rows().remove(i);
            }
            return true;
        }
        return false;
    }

    private static <T> void addTo(RowList<T> list) {
        list.rows().add(list.newRow().get());
    }

    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
