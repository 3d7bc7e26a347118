package org.liaison.engagements.web;

import org.liaison.engagements.internal.AgreementDraft;
import org.liaison.engagements.internal.Draft.ParticipantDraft;
import org.liaison.engagements.internal.Participant;
import org.liaison.engagements.internal.Talks;
import org.liaison.engagements.internal.TalksDraft;

/** The rows of the record forms: people, action items, parties, clauses. Blank rows are skipped when saved. */
public final class Rows {

    private Rows() {
    }

    /** A delegate, member, trainee or signatory. */
    public static class PersonRow {
        private String agency;
        private String name;
        private String rankTitle;
        private String unit;

        static PersonRow of(String agency) {
            PersonRow r = new PersonRow();
            r.agency = agency;
            return r;
        }

        static PersonRow of(Participant p) {
            PersonRow r = of(p.agency());
            r.name = p.name();
            r.rankTitle = p.rankTitle();
            r.unit = p.unit();
            return r;
        }

        ParticipantDraft toDraft() {
            return new ParticipantDraft(agency, name, rankTitle, unit);
        }

        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRankTitle() { return rankTitle; }
        public void setRankTitle(String rankTitle) { this.rankTitle = rankTitle; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
    }

    /** An action item; the id is hidden and kept through corrections. */
    public static class ItemRow {
        private String id;
        private String text;
        private String ownerAgency;
        private String owner;
        private String dueOn;

        static ItemRow of(Talks.ActionItem i) {
            ItemRow r = new ItemRow();
            r.id = i.id().toString();
            r.text = i.text();
            r.ownerAgency = i.ownerAgency();
            r.owner = i.owner();
            r.dueOn = i.dueOn().toString();
            return r;
        }

        TalksDraft.ActionItemDraft toDraft() {
            return new TalksDraft.ActionItemDraft(id, text, ownerAgency, owner, dueOn);
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getOwnerAgency() { return ownerAgency; }
        public void setOwnerAgency(String ownerAgency) { this.ownerAgency = ownerAgency; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public String getDueOn() { return dueOn; }
        public void setDueOn(String dueOn) { this.dueOn = dueOn; }
    }

    /** A party to an agreement: an agency and, where it is one, the unit. */
    public static class PartyRow {
        private String agency;
        private String unit;

        static PartyRow of(String agency, String unit) {
            PartyRow r = new PartyRow();
            r.agency = agency;
            r.unit = unit;
            return r;
        }

        AgreementDraft.PartyDraft toDraft() {
            return new AgreementDraft.PartyDraft(agency, unit);
        }

        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
    }

    /** A clause in both languages, with the commitment it carries (if any). */
    public static class ClauseRow {
        private String number;
        private String textVi;
        private String textZh;
        private String commitment = "";
        private String amount;
        private String answeringAgency = "";

        static ClauseRow numbered(int n) {
            ClauseRow r = new ClauseRow();
            r.number = String.valueOf(n);
            return r;
        }

        static ClauseRow of(AgreementDraft.ClauseDraft c) {
            ClauseRow r = new ClauseRow();
            r.number = c.number();
            r.textVi = c.textVi();
            r.textZh = c.textZh();
            r.commitment = c.commitment();
            r.amount = c.amount();
            r.answeringAgency = c.answeringAgency();
            return r;
        }

        AgreementDraft.ClauseDraft toDraft() {
            return new AgreementDraft.ClauseDraft(number, textVi, textZh, commitment, amount, answeringAgency);
        }

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getTextVi() { return textVi; }
        public void setTextVi(String textVi) { this.textVi = textVi; }
        public String getTextZh() { return textZh; }
        public void setTextZh(String textZh) { this.textZh = textZh; }
        public String getCommitment() { return commitment; }
        public void setCommitment(String commitment) { this.commitment = commitment; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getAnsweringAgency() { return answeringAgency; }
        public void setAnsweringAgency(String answeringAgency) { this.answeringAgency = answeringAgency; }
    }
}
