package org.liaison.engagements.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.JointStatus;
import org.liaison.engagements.internal.ActionItemStatus;
import org.liaison.engagements.internal.EngagementView;
import org.liaison.engagements.internal.EngagementsChangeRefused;
import org.liaison.engagements.internal.EngagementsService;
import org.liaison.engagements.internal.FollowingUp;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.SafeDownload;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The records list, a record's page, and what is done from it: the partner confirms or proposes a correction, the
 * recording side accepts or rejects it, either side moves action items on, a supervisor attaches an agreement's
 * signed text, anyone who reads downloads it.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
class EngagementsController {

    private final EngagementsService engagements;
    private final FollowingUp followingUp;
    private final MessageSource messages;

    EngagementsController(EngagementsService engagements, FollowingUp followingUp, MessageSource messages) {
        this.engagements = engagements;
        this.followingUp = followingUp;
        this.messages = messages;
    }

    /** Which records a list shows: the own agency's, the partner's copies, or both. */
    enum Origin {
        ALL(null), OWN(true), RECEIVED(false);

        final Boolean own;

        Origin(Boolean own) {
            this.own = own;
        }
    }

    @GetMapping("/engagements")
    String list(@RequestParam(name = "kind", required = false) String kind,
                @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "origin", required = false) String origin,
                @RequestParam(name = "from", required = false) String from,
                @RequestParam(name = "to", required = false) String to, Model model) {
        EngagementKind k = parse(EngagementKind.class, kind);
        JointStatus s = parse(JointStatus.class, status);
        Origin o = parse(Origin.class, origin);
        Origin which = o == null ? Origin.ALL : o;
        LocalDate first = day(from);
        LocalDate last = day(to);
        model.addAttribute("records", engagements.list(k, s, which.own, first, last));
        model.addAttribute("kind", k == null ? "" : k.name());
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("origin", which.name());
        model.addAttribute("from", first == null ? "" : first.toString());
        model.addAttribute("to", last == null ? "" : last.toString());
        model.addAttribute("kinds", EngagementKind.values());
        model.addAttribute("statuses", JointStatus.values());
        model.addAttribute("origins", Origin.values());
        model.addAttribute("limit", EngagementsService.LIST_LIMIT);
        return "engagements/list";
    }

    @GetMapping("/engagements/{id}")
    String detail(@PathVariable String id, Model model) {
        EngagementView record = EngagementsPageAdvice.uuid(id).flatMap(engagements::open)
                .orElseThrow(EngagementsPageAdvice::notFound);
        model.addAttribute("record", record);
        model.addAttribute("d", record.details());
        model.addAttribute("changes", record.correction() == null ? List.of()
                : record.details().changesIn(record.correction()));
        model.addAttribute("itemStatuses", ActionItemStatus.values());
        model.addAttribute("slug", Slugs.slug(record.kind()));
        return "engagements/detail";
    }

    @PostMapping("/engagements/{id}/confirm")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String confirm(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID record = EngagementsPageAdvice.uuid(id).orElseThrow(EngagementsPageAdvice::notFound);
        return act(record, flash, "confirmed",
                () -> engagements.confirm(EngagementsPageAdvice.actor(me, request), record));
    }

    @PostMapping("/engagements/{id}/correction/accept")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String accept(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID record = EngagementsPageAdvice.uuid(id).orElseThrow(EngagementsPageAdvice::notFound);
        return act(record, flash, "accepted",
                () -> engagements.acceptCorrection(EngagementsPageAdvice.actor(me, request), record));
    }

    @PostMapping("/engagements/{id}/correction/reject")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String reject(@PathVariable String id, @RequestParam(name = "reason", required = false) String reason,
                  CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) {
        UUID record = EngagementsPageAdvice.uuid(id).orElseThrow(EngagementsPageAdvice::notFound);
        return act(record, flash, "rejected",
                () -> engagements.rejectCorrection(EngagementsPageAdvice.actor(me, request), record, reason));
    }

    /** @param meeting the talks whose page the form is on; the item counts as followed up there when they are later */
    @PostMapping("/engagements/action-items/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String updateItem(@PathVariable String id, @RequestParam(name = "status", required = false) String status,
                      @RequestParam(name = "note", required = false) String note,
                      @RequestParam(name = "meeting", required = false) String meeting, CurrentOfficer me,
                      HttpServletRequest request, RedirectAttributes flash) {
        UUID item = EngagementsPageAdvice.uuid(id).orElseThrow(EngagementsPageAdvice::notFound);
        UUID page = EngagementsPageAdvice.uuid(meeting).orElseThrow(EngagementsPageAdvice::notFound);
        flash.addFlashAttribute("item", item.toString());
        return act(page, flash, "itemUpdated",
                () -> followingUp.update(EngagementsPageAdvice.actor(me, request), item, status, note, page));
    }

    @PostMapping("/engagements/{id}/signed-text")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String attach(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
                  CurrentOfficer me, HttpServletRequest request, RedirectAttributes flash) throws IOException {
        UUID record = EngagementsPageAdvice.uuid(id).orElseThrow(EngagementsPageAdvice::notFound);
        byte[] bytes = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return act(record, flash, "attached",
                () -> engagements.attachSignedText(EngagementsPageAdvice.actor(me, request), record, name, bytes));
    }

    /** Only ever a download of the PDF it was checked to be: never shown inline, never sniffed, never cached. */
    @GetMapping("/engagements/{id}/signed-text")
    ResponseEntity<byte[]> signedText(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        return EngagementsPageAdvice.uuid(id)
                .flatMap(r -> engagements.signedText(EngagementsPageAdvice.actor(me, request), r))
                .map(f -> SafeDownload.attachment(MediaType.APPLICATION_PDF, f.fileName()).body(f.bytes()))
                .orElseThrow(EngagementsPageAdvice::notFound);
    }

    /**
     * Runs an action and returns to the record's page: with a note that it was done, or with what was wrong, each
     * problem under its field's name ({@code reason}, {@code file}, {@code status}, …) in the reader's language.
     */
    private String act(UUID record, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (EngagementsChangeRefused refused) {
            if (refused.reason() == EngagementsChangeRefused.Reason.NOT_FOUND) {
                throw EngagementsPageAdvice.notFound();
            }
            Map<String, String> problems = new LinkedHashMap<>();
            for (ObjectError e : refused.errors().getAllErrors()) {
                String field = e instanceof FieldError f ? f.getField() : "record";
                problems.putIfAbsent(field, messages.getMessage(e, LocaleContextHolder.getLocale()));
            }
            flash.addFlashAttribute("problems", problems);
        }
        return "redirect:/engagements/" + record;
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
