package org.liaison.persons.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.liaison.persons.BirthDate;
import org.liaison.persons.DocumentType;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.NameKind;
import org.liaison.persons.NameScript;
import org.liaison.persons.PersonName;
import org.liaison.persons.Sex;

/**
 * Turns what a user typed into checked {@link Particulars}, or refuses it with every problem at once. Rows left
 * empty (a name without text, a document without number) are dropped; problems keep the row numbers the user
 * saw. An identity number is refused when it breaks its format; when it merely disagrees with the record (birth
 * date, sex, nationality) it is kept and the disagreement is shown on the record.
 */
final class ParticularsPolicy {

    static final int MAX_NAMES = 20;
    static final int MAX_DOCUMENTS = 10;

    private ParticularsPolicy() {
    }

    static Particulars check(PersonDraft draft, LocalDate today) {
        Problems problems = new Problems();
        List<PersonName> names = names(problems, draft.names());
        Sex sex = problems.oneOf("sex", draft.sex(), Sex.class);
        BirthDate birth = birth(problems, draft.birth(), today);
        String nationality = nationality(problems, "nationality", draft.nationality());
        List<IdentityDocument> documents = documents(problems, draft.documents(), today);
        problems.throwIfAny();
        return new Particulars(names, sex, birth, nationality, documents);
    }

    private static List<PersonName> names(Problems problems, List<PersonDraft.Name> rows) {
        List<PersonName> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean primary = false;
        int given = 0;
        for (int i = 0; i < rows.size(); i++) {
            PersonDraft.Name row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            given++;
            String field = "names[" + i + "]";
            NameScript script = problems.oneOf(field + ".script", row.script(), NameScript.class);
            NameKind kind = problems.oneOf(field + ".kind", row.kind(), NameKind.class);
            String text = NameRules.normalise(row.text());
            if (script == null) {
                continue;
            }
            Optional<Explanation> wrong = NameRules.problem(text, script);
            if (wrong.isPresent()) {
                problems.invalid(field + ".text", wrong.get());
                continue;
            }
            Integer earlier = seen.putIfAbsent(script + "|" + text.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                problems.invalid(field + ".text", "persons.validation.name.duplicate", String.valueOf(earlier + 1));
                continue;
            }
            if (kind != null) {
                primary |= kind == NameKind.PRIMARY;
                names.add(new PersonName(text, script, kind));
            }
        }
        if (given == 0) {
            problems.invalid("names", "persons.validation.name.required");
        } else if (given > MAX_NAMES) {
            problems.invalid("names", "persons.validation.name.tooMany", String.valueOf(MAX_NAMES));
        } else if (!primary && problems.isEmpty()) {
            problems.invalid("names", "persons.validation.name.primaryRequired");
        }
        return names;
    }

    private static BirthDate birth(Problems problems, PersonDraft.Birth b, LocalDate today) {
        if (b == null || b.isBlank()) {
            return null;
        }
        if (b.precision() == null || b.precision().isBlank()) {
            problems.invalid("birth.precision", "persons.validation.birth.precisionRequired");
            return null;
        }
        BirthDate.Precision precision = problems.oneOf("birth.precision", b.precision(), BirthDate.Precision.class);
        if (precision == null || !problems.required("birth.year", b.year())) {
            return null;
        }
        int oldest = today.getYear() - VietnameseCitizenIds.OLDEST_AGE;
        if (b.year() < oldest || b.year() > today.getYear()) {
            problems.invalid("birth.year", "persons.validation.birth.yearRange", String.valueOf(oldest),
                    String.valueOf(today.getYear()));
            return null;
        }
        boolean needsMonth = precision == BirthDate.Precision.FULL || precision == BirthDate.Precision.YEAR_MONTH;
        boolean needsDay = precision == BirthDate.Precision.FULL;
        boolean ok = true;
        if (needsMonth) {
            if (!problems.required("birth.month", b.month())) {
                ok = false;
            } else if (b.month() < 1 || b.month() > 12) {
                problems.invalid("birth.month", "persons.validation.birth.month");
                ok = false;
            }
        } else if (b.month() != null) {
            problems.invalid("birth.month", "persons.validation.birth.notForPrecision");
            ok = false;
        }
        if (needsDay) {
            ok &= problems.required("birth.day", b.day());
        } else if (b.day() != null) {
            problems.invalid("birth.day", "persons.validation.birth.notForPrecision");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        if (needsDay) {
            try {
                LocalDate date = LocalDate.of(b.year(), b.month(), b.day());
                if (date.isAfter(today)) {
                    problems.invalid("birth.day", "persons.validation.birth.future", date.toString());
                    return null;
                }
            } catch (DateTimeException e) {
                problems.invalid("birth.day", "persons.validation.birth.noSuchDay", String.valueOf(b.day()),
                        b.year() + "-" + String.format("%02d", b.month()));
                return null;
            }
        }
        return new BirthDate(precision, b.year(), needsMonth ? b.month() : null, needsDay ? b.day() : null);
    }

    /** An alpha-3 code, or null when left blank; an alpha-2 code is refused with the alpha-3 one to type instead. */
    static String nationality(Problems problems, String field, String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = given.strip().toUpperCase(Locale.ROOT);
        if (Countries.isAlpha3(code)) {
            return code;
        }
        Optional<String> alpha3 = Countries.alpha3Of(code);
        if (alpha3.isPresent()) {
            problems.invalid(field, "persons.validation.country.alpha2", code, alpha3.get());
        } else {
            problems.invalid(field, "persons.validation.country.unknown", given.strip());
        }
        return null;
    }

    private static List<IdentityDocument> documents(Problems problems, List<PersonDraft.Document> rows, LocalDate today) {
        List<IdentityDocument> documents = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int given = 0;
        for (int i = 0; i < rows.size(); i++) {
            PersonDraft.Document row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            given++;
            String field = "documents[" + i + "]";
            DocumentType type = problems.oneOf(field + ".type", row.type(), DocumentType.class);
            if (type == null) {
                continue;
            }
            String issuer;
            if (type.fixedIssuer() != null) {
                issuer = type.fixedIssuer();
                String typed = row.issuingCountry() == null ? "" : row.issuingCountry().strip().toUpperCase(Locale.ROOT);
                if (!typed.isEmpty() && !typed.equals(issuer)) {
                    problems.invalid(field + ".issuingCountry", "persons.validation.document.issuer",
                            Explanation.term("persons.documentType." + type), issuer);
                    continue;
                }
            } else {
                if (!problems.required(field + ".issuingCountry", row.issuingCountry())) {
                    continue;
                }
                issuer = nationality(problems, field + ".issuingCountry", row.issuingCountry());
                if (issuer == null) {
                    continue;
                }
            }
            IdNumberReading reading = IdNumbers.read(type, row.number(), today);
            if (!reading.isValid()) {
                problems.invalid(field + ".number", reading.problem().orElseThrow());
                continue;
            }
            Integer earlier = seen.putIfAbsent(type + "|" + issuer + "|" + reading.number(), i);
            if (earlier != null) {
                problems.invalid(field + ".number", "persons.validation.document.duplicate", String.valueOf(earlier + 1));
                continue;
            }
            documents.add(new IdentityDocument(type, reading.number(), issuer));
        }
        if (given > MAX_DOCUMENTS) {
            problems.invalid("documents", "persons.validation.document.tooMany", String.valueOf(MAX_DOCUMENTS));
        }
        return documents;
    }
}
