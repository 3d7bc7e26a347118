package org.liaison.cases.internal;

import static org.liaison.cases.internal.CasesChangeRefused.term;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;
import org.liaison.directory.Directory;
import org.liaison.directory.Role;
import org.liaison.persons.CrimeArea;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Component;

/**
 * The rules a case, a seizure and a task must follow, for what officers type, for the demo seed and for what
 * partners send. Each check collects every problem before refusing, so a form shows them all at once.
 */
@Component
public class CasePolicy {

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_PLACE = 300;
    static final int MAX_UNITS = 30;
    static final int MAX_REASON = 1000;
    static final int MAX_NAMES = 1000;
    static final int MAX_REFERENCE = 100;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    static final int MAX_DECIMALS = 3;
    /** Older seizure dates are typing errors, not history this system holds. */
    static final LocalDate EARLIEST_SEIZURE = LocalDate.of(1990, 1, 1);
    /** A task due further ahead is a typing error (2205 for 2025). */
    static final int MAX_YEARS_AHEAD = 5;

    private final Directory directory;
    private final NodeProperties node;

    CasePolicy(Directory directory, NodeProperties node) {
        this.directory = directory;
        this.node = node;
    }

    LocalDate today() {
        return LocalDate.now(node.zone());
    }

    /** The language of an agency's officers, {@code vi} or {@code zh}; null for an agency of another country. */
    static String language(String agency) {
        return switch (agency.substring(0, Math.min(2, agency.length()))) {
            case "VN" -> "vi";
            case "CN" -> "zh";
            default -> null;
        };
    }

    /**
     * The core a draft describes. The title in the originating agency's language is required (the partner's is
     * needed before sharing); a new case opens as {@link CaseStatus#OPEN} whatever the draft says.
     */
    CaseCore core(CaseDraft d, String originAgency, boolean opening) {
        Problems p = new Problems();
        CrimeArea area = p.oneOf("crimeArea", d.crimeArea(), CrimeArea.class);
        String titleVi = Problems.strip(d.titleVi());
        String titleZh = Problems.strip(d.titleZh());
        p.fits("titleVi", titleVi, MAX_TITLE);
        p.fits("titleZh", titleZh, MAX_TITLE);
        String language = language(originAgency);
        if (language == null && titleVi.isEmpty() && titleZh.isEmpty()) {
            p.invalid("titleVi", "cases.validation.titleRequired");
        } else if (language != null && (language.equals("zh") ? titleZh : titleVi).isEmpty()) {
            p.invalid(JointCase.titleField(language) == CaseField.TITLE_ZH ? "titleZh" : "titleVi",
                    "cases.validation.ownTitleRequired", term("cases.language." + language));
        }
        String summary = Problems.strip(d.summary());
        if (p.required("summary", summary)) {
            p.fits("summary", summary, MAX_SUMMARY);
        }
        CaseStatus status = opening ? CaseStatus.OPEN : p.oneOf("status", d.status(), CaseStatus.class);
        List<CaseUnit> units = units(d.units(), p);
        p.throwIfAny();
        return new CaseCore(area, titleVi, titleZh, summary, status, units);
    }

    private List<CaseUnit> units(List<String> texts, Problems p) {
        Set<CaseUnit> known = directory.units().stream()
                .map(u -> new CaseUnit(u.agencyCode(), u.code())).collect(Collectors.toSet());
        Set<CaseUnit> chosen = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            CaseUnit u = CaseUnit.parse(text.strip());
            if (u == null || !known.contains(u)) {
                p.invalid("units", "cases.validation.unknownUnit", text.strip());
            } else {
                chosen.add(u);
            }
        }
        if (chosen.isEmpty() && texts.stream().allMatch(t -> t == null || t.isBlank())) {
            p.invalid("units", "cases.validation.unitRequired");
        }
        if (chosen.size() > MAX_UNITS) {
            p.invalid("units", "cases.validation.tooMany", String.valueOf(MAX_UNITS));
        }
        return List.copyOf(chosen);
    }

    /**
     * The seizure a draft describes.
     *
     * @param prefix put before each field name, e.g. {@code seizure.} in a proposal; empty for a form of its own
     */
    SeizureFacts seizure(SeizureDraft d, String prefix) {
        Problems p = new Problems();
        DrugType drug = p.oneOf(prefix + "drugType", d.drugType(), DrugType.class);
        BigDecimal quantity = p.decimal(prefix + "quantity", d.quantity());
        QuantityUnit unit = p.oneOf(prefix + "unit", d.unit(), QuantityUnit.class);
        String place = Problems.strip(d.place());
        p.required(prefix + "place", place);
        LocalDate on = p.date(prefix + "seizedOn", d.seizedOn());
        String agency = Problems.strip(d.seizingAgency());
        p.required(prefix + "seizingAgency", agency);
        SeizureFacts facts = new SeizureFacts(drug, quantity, unit, place, on, agency);
        check(facts, prefix, p);
        p.throwIfAny();
        return new SeizureFacts(drug, SeizureTotals.plain(quantity), unit, place, on, agency);
    }

    /** The value rules of a seizure; a part that is missing has been reported already. */
    private void check(SeizureFacts f, String prefix, Problems p) {
        if (f.quantity() != null) {
            if (f.quantity().signum() <= 0) {
                p.invalid(prefix + "quantity", "cases.validation.quantityPositive");
            } else if (f.quantity().compareTo(MAX_QUANTITY) > 0) {
                p.invalid(prefix + "quantity", "cases.validation.quantityTooLarge", MAX_QUANTITY.toPlainString());
            } else if (f.quantity().stripTrailingZeros().scale() > MAX_DECIMALS) {
                p.invalid(prefix + "quantity", "cases.validation.quantityDecimals", String.valueOf(MAX_DECIMALS));
            } else if (f.unit() == QuantityUnit.TABLETS && f.quantity().stripTrailingZeros().scale() > 0) {
                p.invalid(prefix + "quantity", "cases.validation.wholeTablets");
            }
        }
        if (f.unit() == QuantityUnit.TABLETS && f.drugType() != null
                && f.drugType() != DrugType.METHAMPHETAMINE_TABLETS && f.drugType() != DrugType.OTHER) {
            p.invalid(prefix + "unit", "cases.validation.tabletsFor", term("cases.drug." + f.drugType()));
        }
        p.fits(prefix + "place", f.place(), MAX_PLACE);
        if (f.seizedOn() != null) {
            if (f.seizedOn().isAfter(today())) {
                p.invalid(prefix + "seizedOn", "cases.validation.future", f.seizedOn().toString());
            } else if (f.seizedOn().isBefore(EARLIEST_SEIZURE)) {
                p.invalid(prefix + "seizedOn", "cases.validation.tooEarly", EARLIEST_SEIZURE.toString());
            }
        }
        if (f.seizingAgency() != null && !f.seizingAgency().isEmpty() && directory.agency(f.seizingAgency()).isEmpty()) {
            p.invalid(prefix + "seizingAgency", "cases.validation.unknownAgency", f.seizingAgency());
        }
    }

    /** A task of the own agency: a title, an owner who works cases here, a due date from today on. */
    TaskFacts task(TaskDraft d) {
        Problems p = new Problems();
        String title = Problems.strip(d.title());
        if (p.required("title", title)) {
            p.fits("title", title, MAX_TITLE);
        }
        String owner = Problems.strip(d.owner());
        if (p.required("owner", owner) && officers().stream().noneMatch(o -> o.username().equals(owner))) {
            p.invalid("owner", "cases.validation.unknownOwner", owner);
        }
        LocalDate due = p.date("dueOn", d.dueOn());
        if (due != null) {
            LocalDate today = today();
            if (due.isBefore(today)) {
                p.invalid("dueOn", "cases.validation.dueInPast", due.toString(), today.toString());
            } else if (due.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                p.invalid("dueOn", "cases.validation.dueTooFar", String.valueOf(MAX_YEARS_AHEAD));
            }
        }
        p.throwIfAny();
        return new TaskFacts(title, owner, due);
    }

    /** The own agency's officers who work cases: the owners a task may have. */
    List<Directory.OfficerSummary> officers() {
        return directory.officers().stream()
                .filter(o -> o.roles().contains(Role.OFFICER) || o.roles().contains(Role.SUPERVISOR)).toList();
    }

    /** A report or request to link, by its kind and id. */
    record LinkTarget(LinkKind kind, String reference) {
    }

    /** The kind is REPORT or REQUEST; the id is one word (no spaces) of at most {@link #MAX_REFERENCE} characters. */
    static LinkTarget link(String kind, String reference) {
        Problems p = new Problems();
        LinkKind k = p.oneOf("kind", kind, LinkKind.class);
        String ref = Problems.strip(reference);
        if (p.required("reference", ref) && p.fits("reference", ref, MAX_REFERENCE) && ref.matches(".*\\s.*")) {
            p.invalid("reference", "cases.validation.referenceSpaces");
        }
        p.throwIfAny();
        return new LinkTarget(k, ref);
    }

    /** A reason or note typed by an officer; null or blank is allowed only when not {@code required}. */
    String reason(String field, String text, boolean required) {
        Problems p = new Problems();
        String reason = Problems.strip(text);
        if (!required || p.required(field, reason)) {
            p.fits(field, reason, MAX_REASON);
        }
        p.throwIfAny();
        return reason;
    }

    /**
     * What is wrong with a case a partner sent, in plain words for the exchange's rejection; empty when it can be
     * stored. Units unknown here are kept: the partner's directory may know more.
     */
    List<String> problemsOf(CaseCopy c) {
        List<String> problems = new ArrayList<>();
        if (c.id() == null || c.originAgency() == null || c.crimeArea() == null || c.status() == null
                || c.openedOn() == null || c.revision() < 1) {
            problems.add("a case needs an id, origin, crime area, status, opening day and a revision from 1");
            return problems;
        }
        if (c.titleVi() != null && c.titleVi().length() > MAX_TITLE || c.titleZh() != null && c.titleZh().length() > MAX_TITLE
                || c.summary() != null && c.summary().length() > MAX_SUMMARY || c.units().size() > MAX_UNITS) {
            problems.add("a title, the summary or the list of units is longer than allowed");
        }
        for (CasePerson person : c.persons()) {
            problems.addAll(problemsOf(person));
        }
        for (Seizure s : c.seizures()) {
            if (s.seizureId() == null) {
                problems.add("a seizure has no id");
            }
            problems.addAll(problemsOf(s.facts()));
        }
        return problems;
    }

    List<String> problemsOf(CasePerson p) {
        if (p.personId() == null || p.heldBy() == null || p.role() == null || p.names() == null || p.names().isBlank()
                || p.names().length() > MAX_NAMES) {
            return List.of("a linked person needs an id, the agency holding the record, a role and names (at most "
                    + MAX_NAMES + " characters)");
        }
        return List.of();
    }

    List<String> problemsOf(SeizureFacts f) {
        Problems p = new Problems();
        p.required("drugType", f.drugType());
        p.required("quantity", f.quantity());
        p.required("unit", f.unit());
        p.required("place", f.place());
        p.required("seizedOn", f.seizedOn());
        p.required("seizingAgency", f.seizingAgency());
        check(f, "", p);
        return p.found().stream().map(x -> "seizure " + x.field() + ": " + x.key() + x.args()).toList();
    }

    /** The problems of proposed core values, as {@link #core} would find them when the originator applies them. */
    List<String> problemsOf(CaseCore core, String originAgency) {
        try {
            core(ProposalsService.draft(core), originAgency, false);
            return List.of();
        } catch (CasesChangeRefused refused) {
            return refused.problems().stream().map(x -> x.field() + ": " + x.key() + x.args()).toList();
        }
    }
}
