package org.liaison.handovers.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaison.directory.Directory;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.handovers.internal.Caller;
import org.liaison.handovers.internal.HandoverRefused;
import org.liaison.handovers.internal.HandoverService;
import org.liaison.handovers.internal.HandoverView;
import org.liaison.handovers.internal.PhotoCheck;
import org.liaison.handovers.internal.Side;
import org.liaison.handovers.internal.Stage;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Handovers: the list with its filters, the request form, a handover's page with the forms of the stages this
 * node's side may record now, and the printable bilingual record.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class HandoversController {

    private final HandoverService handovers;
    private final Directory directory;
    private final NodeProperties node;

    HandoversController(HandoverService handovers, Directory directory, NodeProperties node) {
        this.handovers = handovers;
        this.directory = directory;
        this.node = node;
    }

    @GetMapping("/handovers")
    String list(@RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "direction", required = false) String direction,
                @RequestParam(name = "gate", required = false) String gate,
                @RequestParam(name = "from", required = false) String from,
                @RequestParam(name = "to", required = false) String to, CurrentOfficer me,
                HttpServletRequest request, Model model) {
        HandoverStatus s = parse(HandoverStatus.class, status);
        Direction d = parse(Direction.class, direction);
        LocalDate f = day(from);
        LocalDate t = day(to);
        model.addAttribute("handovers", handovers.list(s, d, gate, f, t, HandoversPageAdvice.caller(me, request)));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("direction", d == null ? "" : d.name());
        model.addAttribute("gate", gate == null ? "" : gate);
        model.addAttribute("from", f == null ? "" : f.toString());
        model.addAttribute("to", t == null ? "" : t.toString());
        model.addAttribute("statuses", HandoverStatus.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("gates", directory.gates());
        model.addAttribute("limit", HandoverService.LIST_LIMIT);
        return "handovers/list";
    }

    @GetMapping("/handovers/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String newRequest(@RequestParam(name = "notice", required = false) String notice, CurrentOfficer me,
                      HttpServletRequest request, Model model) {
        HandoverForm form = new HandoverForm();
        form.setNotice(notice);
        return requestForm(model, form, me, request);
    }

    @PostMapping("/handovers/new")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String request(@ModelAttribute("form") HandoverForm form, BindingResult errors, CurrentOfficer me,
                   HttpServletRequest request, Model model, RedirectAttributes flash) {
        try {
            HandoverId id = handovers.request(HandoversPageAdvice.caller(me, request), form.request());
            flash.addFlashAttribute("done", "REQUEST");
            return "redirect:/handovers/" + id;
        } catch (HandoverRefused refused) {
            HandoversPageAdvice.reject(errors, refused);
        }
        return requestForm(model, form, me, request);
    }

    private String requestForm(Model model, HandoverForm form, CurrentOfficer me, HttpServletRequest request) {
        model.addAttribute("form", form);
        model.addAttribute("notices", handovers.requestableNotices(HandoversPageAdvice.caller(me, request)));
        model.addAttribute("partners", handovers.partners());
        return "handovers/new";
    }

    @GetMapping("/handovers/{id}")
    String detail(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        HandoverForm form = new HandoverForm();
        form.setDate(LocalDate.now(node.zone()).toString());
        return show(id, me, request, model, form, "");
    }

    private String show(String id, CurrentOfficer me, HttpServletRequest request, Model model, HandoverForm form,
                        String action) {
        HandoverView view = open(id, me, request, "detail");
        model.addAttribute("h", view);
        model.addAttribute("form", form);
        model.addAttribute("action", action);
        model.addAttribute("gates", directory.gates());
        model.addAttribute("photoChecks", PhotoCheck.values());
        model.addAttribute("sides", Side.values());
        return "handovers/detail";
    }

    /** The record for the paper file: Vietnamese and Chinese side by side, English too when asked for. */
    @GetMapping("/handovers/{id}/record")
    String record(@PathVariable String id, @RequestParam(name = "english", defaultValue = "false") boolean english,
                  CurrentOfficer me, HttpServletRequest request, Model model) {
        model.addAttribute("h", open(id, me, request, "printed record"));
        model.addAttribute("langs", english ? new String[] {"vi", "zh-CN", "en"} : new String[] {"vi", "zh-CN"});
        model.addAttribute("english", english);
        model.addAttribute("sides", new Side[] {Side.HOLDING, Side.REQUESTING});
        return "handovers/record";
    }

    private HandoverView open(String id, CurrentOfficer me, HttpServletRequest request, String purpose) {
        return handoverId(id).flatMap(h -> handovers.open(h, HandoversPageAdvice.caller(me, request), purpose))
                .orElseThrow(HandoversPageAdvice::notFound);
    }

    /**
     * Records one of this side's stages from its form on the handover's page; {@code stage} is the path's last
     * part: located, detained, proposal, agreement, confirmation, closure, refusal, cancellation, custody.
     */
    @PostMapping("/handovers/{id}/{stage}")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String stage(@PathVariable String id, @PathVariable String stage, @ModelAttribute("form") HandoverForm form,
                 BindingResult errors, CurrentOfficer me, HttpServletRequest request, Model model,
                 RedirectAttributes flash) {
        Stage which = STAGES.get(stage);
        if (which == null) {
            throw HandoversPageAdvice.notFound();
        }
        StageAction action = switch (which) {
            case LOCATED -> (c, h) -> handovers.recordLocated(c, h, form.located());
            case DETAINED -> (c, h) -> handovers.recordDetention(c, h, form.detention());
            case PROPOSAL -> (c, h) -> handovers.propose(c, h, form.proposal());
            case AGREEMENT -> handovers::agree;
            case CONFIRMATION -> (c, h) -> handovers.confirm(c, h, form.confirmation());
            case CLOSURE -> handovers::close;
            case REFUSAL -> (c, h) -> handovers.refuse(c, h, form.reasonDraft());
            case CANCELLATION -> (c, h) -> handovers.cancel(c, h, form.reasonDraft());
            case CUSTODY -> (c, h) -> handovers.recordCustody(c, h, form.custody());
            case REQUEST -> throw HandoversPageAdvice.notFound();
        };
        return act(id, which.name(), form, errors, me, request, model, flash, action);
    }

    /** The stages a handover's page has a form for, by the last part of the form's address. */
    static final Map<String, Stage> STAGES = Map.of("located", Stage.LOCATED, "detained", Stage.DETAINED,
            "proposal", Stage.PROPOSAL, "agreement", Stage.AGREEMENT, "confirmation", Stage.CONFIRMATION,
            "closure", Stage.CLOSURE, "refusal", Stage.REFUSAL, "cancellation", Stage.CANCELLATION,
            "custody", Stage.CUSTODY);

    interface StageAction {
        void record(Caller caller, HandoverId handover);
    }

    /** Records a stage and returns to the handover's page; a refusal shows there, next to the form's fields. */
    private String act(String id, String stage, HandoverForm form, BindingResult errors, CurrentOfficer me,
                       HttpServletRequest request, Model model, RedirectAttributes flash, StageAction action) {
        HandoverId handover = handoverId(id).orElseThrow(HandoversPageAdvice::notFound);
        try {
            action.record(HandoversPageAdvice.caller(me, request), handover);
            flash.addFlashAttribute("done", stage);
            return "redirect:/handovers/" + handover;
        } catch (HandoverRefused refused) {
            if (refused.has(HandoverRefused.Reason.NOT_FOUND)) {
                throw HandoversPageAdvice.notFound();
            }
            HandoversPageAdvice.reject(errors, refused);
        }
        return show(id, me, request, model, form, stage);
    }

    static Optional<HandoverId> handoverId(String id) {
        try {
            return Optional.of(new HandoverId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
