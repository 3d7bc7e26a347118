package org.liaison.cases.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.liaison.cases.CaseStatus;
import org.liaison.persons.CrimeArea;

/**
 * The part of a case only its originating agency changes and every partner holding a copy sees alike (besides
 * persons and seizures, which are kept apart). A title not given is empty, never null.
 */
public record CaseCore(CrimeArea crimeArea, String titleVi, String titleZh, String summary, CaseStatus status,
                       List<CaseUnit> units) {

    /** The fields a change of the core may touch, in the order forms show them. */
    static final List<CaseField> FIELDS = List.of(CaseField.CRIME_AREA, CaseField.TITLE_VI, CaseField.TITLE_ZH,
            CaseField.SUMMARY, CaseField.STATUS, CaseField.UNITS);

    public CaseCore {
        Objects.requireNonNull(crimeArea, "crimeArea");
        Objects.requireNonNull(status, "status");
        titleVi = titleVi == null ? "" : titleVi;
        titleZh = titleZh == null ? "" : titleZh;
        summary = summary == null ? "" : summary;
        units = List.copyOf(units);
    }

    /** The field's value as a proposal writes it. */
    String value(CaseField field) {
        return switch (field) {
            case CRIME_AREA -> crimeArea.name();
            case TITLE_VI -> titleVi;
            case TITLE_ZH -> titleZh;
            case SUMMARY -> summary;
            case STATUS -> status.name();
            case UNITS -> String.join(",", units.stream().map(CaseUnit::toString).toList());
            case PERSONS, SEIZURES -> throw new IllegalArgumentException(field + " is not a field of the core");
        };
    }

    /** What differs from this core in {@code to}, field by field; empty when nothing does. */
    List<FieldChange> changesTo(CaseCore to) {
        List<FieldChange> changes = new ArrayList<>();
        for (CaseField f : FIELDS) {
            if (!value(f).equals(to.value(f))) {
                changes.add(new FieldChange(f, value(f), to.value(f)));
            }
        }
        return changes;
    }

    /** This core with the proposed values put in. */
    CaseCore with(List<FieldChange> changes) {
        CaseCore c = this;
        for (FieldChange change : changes) {
            String v = change.to();
            c = switch (change.field()) {
                case CRIME_AREA -> new CaseCore(CrimeArea.valueOf(v), c.titleVi, c.titleZh, c.summary, c.status, c.units);
                case TITLE_VI -> new CaseCore(c.crimeArea, v, c.titleZh, c.summary, c.status, c.units);
                case TITLE_ZH -> new CaseCore(c.crimeArea, c.titleVi, v, c.summary, c.status, c.units);
                case SUMMARY -> new CaseCore(c.crimeArea, c.titleVi, c.titleZh, v, c.status, c.units);
                case STATUS -> new CaseCore(c.crimeArea, c.titleVi, c.titleZh, c.summary, CaseStatus.valueOf(v), c.units);
                case UNITS -> new CaseCore(c.crimeArea, c.titleVi, c.titleZh, c.summary, c.status, units(v));
                case PERSONS, SEIZURES -> throw new IllegalArgumentException(change.field() + " is not a field of the core");
            };
        }
        return c;
    }

    /** The units a {@link CaseField#UNITS} value names. */
    static List<CaseUnit> units(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(CaseUnit::parse).toList();
    }

    /** The title in a language ({@code vi} or {@code zh}); empty when not given. */
    String title(String language) {
        return "zh".equals(language) ? titleZh : titleVi;
    }
}
