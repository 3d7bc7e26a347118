package org.liaison.persons.web;

import java.util.ArrayList;
import java.util.List;
import org.liaison.persons.BirthDate;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.PersonName;
import org.liaison.persons.internal.Particulars;
import org.liaison.persons.internal.PersonDraft;

/**
 * The person form: rows of names and of documents that grow and shrink with the form's own buttons (no
 * script needed), the birth date as precision plus parts, nationality as a country code.
 */
public class PersonForm {

    /** Empty rows a new form starts with. */
    static final int NEW_NAME_ROWS = 2;
    static final int NEW_DOCUMENT_ROWS = 1;

    private List<NameRow> names = new ArrayList<>();
    private String sex = "UNKNOWN";
    private BirthRow birth = new BirthRow();
    private String nationality;
    private List<DocumentRow> documents = new ArrayList<>();
    private Integer version;

    static PersonForm blank() {
        PersonForm f = new PersonForm();
        for (int i = 0; i < NEW_NAME_ROWS; i++) {
            f.names.add(new NameRow());
        }
        f.names.getFirst().setKind("PRIMARY");
        for (int i = 0; i < NEW_DOCUMENT_ROWS; i++) {
            f.documents.add(new DocumentRow());
        }
        return f;
    }

    static PersonForm of(Particulars p, int version) {
        PersonForm f = new PersonForm();
        for (PersonName n : p.names()) {
            NameRow r = new NameRow();
            r.text = n.text();
            r.script = n.script().name();
            r.kind = n.kind().name();
            f.names.add(r);
        }
        f.sex = p.sex().name();
        BirthDate b = p.birthDate();
        if (b != null) {
            f.birth.precision = b.precision().name();
            f.birth.year = b.year();
            f.birth.month = b.month();
            f.birth.day = b.day();
        }
        f.nationality = p.nationality();
        for (IdentityDocument d : p.documents()) {
            DocumentRow r = new DocumentRow();
            r.type = d.type().name();
            r.number = d.number();
            r.issuingCountry = d.issuingCountry();
            f.documents.add(r);
        }
        f.version = version;
        return f;
    }

    PersonDraft toDraft() {
        return new PersonDraft(
                names.stream().map(n -> n == null ? null : new PersonDraft.Name(n.text, n.script, n.kind)).toList(),
                sex, new PersonDraft.Birth(birth.precision, birth.year, birth.month, birth.day), nationality,
                documents.stream().map(d -> d == null ? null : new PersonDraft.Document(d.type, d.number, d.issuingCountry)).toList());
    }

    /** The form's "add a row" and "remove row n" buttons; true when the form changed (and is shown again). */
    boolean edit(String add, String remove) {
        if ("name".equals(add)) {
            names.add(new NameRow());
            return true;
        }
        if ("document".equals(add)) {
            documents.add(new DocumentRow());
            return true;
        }
        if (remove != null && remove.matches("(name|document):\\d{1,3}")) {
            int i = Integer.parseInt(remove.substring(remove.indexOf(':') + 1));
            List<?> rows = remove.startsWith("name") ? names : documents;
            if (i < rows.size()) {
                rows.remove(i);
            }
            return true;
        }
        return false;
    }

    public static class NameRow {
        private String text;
        private String script = "";
        private String kind = "ALIAS";

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getScript() { return script; }
        public void setScript(String script) { this.script = script; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
    }

    public static class BirthRow {
        private String precision;
        private Integer year;
        private Integer month;
        private Integer day;

        public String getPrecision() { return precision; }
        public void setPrecision(String precision) { this.precision = precision; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public Integer getMonth() { return month; }
        public void setMonth(Integer month) { this.month = month; }
        public Integer getDay() { return day; }
        public void setDay(Integer day) { this.day = day; }
    }

    public static class DocumentRow {
        private String type = "";
        private String number;
        private String issuingCountry;

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getIssuingCountry() { return issuingCountry; }
        public void setIssuingCountry(String issuingCountry) { this.issuingCountry = issuingCountry; }
    }

    public List<NameRow> getNames() { return names; }
    public void setNames(List<NameRow> names) { this.names = names; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public BirthRow getBirth() { return birth; }
    public void setBirth(BirthRow birth) { this.birth = birth; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public List<DocumentRow> getDocuments() { return documents; }
    public void setDocuments(List<DocumentRow> documents) { this.documents = documents; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
