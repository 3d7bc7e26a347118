package org.liaison.cases.web;

import java.util.List;
import org.liaison.cases.DrugType;
import org.liaison.cases.QuantityUnit;
import org.liaison.cases.internal.Actor;
import org.liaison.cases.internal.CaseDossier;
import org.liaison.cases.internal.CaseWork;
import org.liaison.cases.internal.CasesChangeRefused;
import org.liaison.cases.internal.CasesService;
import org.liaison.cases.internal.LinkKind;
import org.liaison.cases.internal.PersonRole;
import org.liaison.cases.internal.TaskStatus;
import org.liaison.cases.CaseId;
import org.liaison.directory.Directory;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fills the case page: the case (an audited read), the choices its forms offer, and the forms themselves unless a
 * refused one is already in the model with its errors.
 */
@Component
class CasePage {

    static final String VIEW = "cases/detail";

    private final CasesService cases;
    private final CaseWork work;
    private final Directory directory;
    private final CasesText text;
    private final NodeProperties node;

    CasePage(CasesService cases, CaseWork work, Directory directory, CasesText text, NodeProperties node) {
        this.cases = cases;
        this.work = work;
        this.directory = directory;
        this.text = text;
        this.node = node;
    }

    /** Puts a refusal's explanations on the next page; a case (or part of one) that does not exist is a 404. */
    void refusedTo(RedirectAttributes flash, CasesChangeRefused refused) {
        if (refused.has(CasesChangeRefused.Reason.NOT_FOUND)) {
            throw CasesPageAdvice.notFound();
        }
        flash.addFlashAttribute("refused", refused.problems().stream().map(text::of).toList());
    }

    /** @param personQuery the search for a person to link; null when the reader did not search */
    String show(Model model, CaseId id, Actor actor, String personQuery) {
        CaseDossier c = cases.open(id, actor).orElseThrow(CasesPageAdvice::notFound);
        model.addAttribute("c", c);
        model.addAttribute("partners", c.own() ? cases.partners().stream()
                .filter(a -> c.shares().stream().noneMatch(s -> s.agency().equals(a))).toList() : List.of());
        model.addAttribute("drugTypes", DrugType.values());
        model.addAttribute("quantityUnits", QuantityUnit.values());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("taskStatuses", TaskStatus.values());
        model.addAttribute("linkKinds", LinkKind.values());
        model.addAttribute("agencies", directory.agencies());
        model.addAttribute("owners", work.owners());
        if (!model.containsAttribute("seizureForm")) {
            SeizureForm seizure = new SeizureForm();
            seizure.setSeizingAgency(node.agency());
            model.addAttribute("seizureForm", seizure);
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new TaskForm());
        }
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new LinkForm());
        }
        if (!model.containsAttribute("personLinkForm")) {
            model.addAttribute("personLinkForm", new PersonLinkForm());
        }
        if (personQuery != null) {
            model.addAttribute("personQ", personQuery);
            model.addAttribute("personChoices", cases.personChoices(personQuery, actor).stream()
                    .filter(p -> c.persons().stream().noneMatch(l -> l.personId().equals(p.id().value()))).toList());
        }
        return VIEW;
    }
}
