package org.liaison.cases.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;
import org.liaison.cases.internal.CaseCore;
import org.liaison.cases.internal.CaseField;
import org.liaison.cases.internal.CaseHistoryEntry;
import org.liaison.cases.internal.CaseLink;
import org.liaison.cases.internal.LinkedItems;
import org.liaison.cases.internal.CaseUnit;
import org.liaison.cases.internal.FieldChange;
import org.liaison.cases.internal.HistorySubject;
import org.liaison.cases.internal.SeizureFacts;
import org.liaison.directory.Directory;
import org.liaison.shared.NodeProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the cases pages say in the reader's language beyond plain message keys: a case's title in their language,
 * agency and unit names, seizures, proposed changes, history lines, times in the node's zone. Templates call it as
 * {@code @casesText}.
 */
@Component("casesText")
class CasesText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Directory directory;
    private final ZoneId zone;
    private final LinkedItems linkedItems;

    CasesText(MessageSource messages, Directory directory, NodeProperties node, LinkedItems linkedItems) {
        this.linkedItems = linkedItems;
        this.messages = messages;
        this.directory = directory;
        this.zone = node.zone();
    }

    /** A linked report or request with its title, where it stands and its page. */
    public LinkedItems.LinkedItem linked(CaseLink link) {
        return linkedItems.describe(link);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    String of(MessageSourceResolvable text, Locale locale) {
        return messages.getMessage(text, locale);
    }

    public String of(MessageSourceResolvable text) {
        return of(text, locale());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    /** The title in the reader's language when the case has one (Vietnamese first for others), else the other. */
    public String title(CaseCore core) {
        boolean chinese = "zh".equals(locale().getLanguage());
        String preferred = chinese ? core.titleZh() : core.titleVi();
        return preferred.isEmpty() ? (chinese ? core.titleVi() : core.titleZh()) : preferred;
    }

    /** The title not shown first; empty when the case has one title only. */
    public String otherTitle(CaseCore core) {
        String first = title(core);
        return first.equals(core.titleVi()) ? core.titleZh() : core.titleVi();
    }

    public String agency(String code) {
        String ownCountry = directory.ownAgency().country();
        return directory.agency(code).map(a -> a.name(locale(), ownCountry)).orElse(code);
    }

    public String unit(CaseUnit unit) {
        return units().getOrDefault(unit.toString(), unit.toString());
    }

    /** Every unit's name for this reader, by {@code AGENCY/CODE}. */
    Map<String, String> units() {
        return directory.units().stream().collect(Collectors.toMap(u -> u.agencyCode() + "/" + u.code(),
                u -> directory.displayName(u.nameLocal(), u.namePartner(), u.nameEn(), locale()) + " (" + u.code() + ")",
                (a, b) -> a));
    }

    public String time(long epochMs) {
        return epochMs == 0 ? "" : TIME.format(Instant.ofEpochMilli(epochMs).atZone(zone));
    }

    public String quantity(BigDecimal q) {
        return q.stripTrailingZeros().scale() < 0 ? q.setScale(0).toPlainString() : q.stripTrailingZeros().toPlainString();
    }

    public String amount(BigDecimal q, QuantityUnit unit) {
        return quantity(q) + " " + msg("cases.unit." + unit);
    }

    public String seizure(SeizureFacts f) {
        return amount(f.quantity(), f.unit()) + " · " + msg("cases.drug." + f.drugType());
    }

    /** A field's value as a reader understands it: translated choices, unit names. */
    public String value(FieldChange change, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (change.field()) {
            case CRIME_AREA -> msg("persons.crimeArea." + value);
            case STATUS -> msg("cases.status." + value);
            case UNITS -> {
                Map<String, String> names = units();
                yield Arrays.stream(value.split(",")).map(u -> names.getOrDefault(u, u)).collect(Collectors.joining(", "));
            }
            default -> value;
        };
    }

    public String field(CaseField field) {
        return msg("cases.field." + field);
    }

    /** A line of the history in the reader's words: who did what, about what. */
    public String history(CaseHistoryEntry e) {
        return msg("cases.history." + e.kind(), e.actor(), agency(e.agency()), subject(HistorySubject.parse(e.subject())),
                String.valueOf(e.revision()));
    }

    private String subject(HistorySubject s) {
        return switch (s.type()) {
            case FIELDS -> s.value().isEmpty() ? "" : Arrays.stream(s.value().split(","))
                    .map(f -> msg("cases.field." + f)).collect(Collectors.joining(", "));
            case SEIZURE -> {
                String[] p = s.value().split(" ");
                yield amount(new BigDecimal(p[1]), QuantityUnit.valueOf(p[2])) + " · " + msg("cases.drug." + DrugType.valueOf(p[0]));
            }
            case AGENCY -> agency(s.value());
            case TASK_STATUS -> {
                int space = s.value().indexOf(' ');
                yield msg("cases.history.taskStatus", s.value().substring(space + 1),
                        msg("cases.taskStatus." + s.value().substring(0, space)));
            }
            case LINK -> {
                int space = s.value().indexOf(' ');
                yield msg("cases.linkKind." + s.value().substring(0, space)) + " " + s.value().substring(space + 1);
            }
            case CRIME_AREA -> msg("persons.crimeArea." + s.value());
            case PERSON -> s.names();
            case TASK, NONE -> s.value();
        };
    }

    /** Directory units grouped by agency, for the form's choices. */
    public List<UnitChoice> unitChoices() {
        Map<String, String> names = units();
        return directory.units().stream()
                .map(u -> new UnitChoice(u.agencyCode(), u.agencyCode() + "/" + u.code(),
                        names.get(u.agencyCode() + "/" + u.code())))
                .toList();
    }

    record UnitChoice(String agency, String value, String name) {
    }
}
