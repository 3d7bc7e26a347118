package org.liaison.cooperation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.liaison.cooperation.internal.Actor;
import org.liaison.cooperation.internal.Attachments;
import org.liaison.cooperation.internal.Notifications;
import org.liaison.cooperation.internal.PersonPicker;
import org.liaison.cooperation.internal.RequestsService;
import org.liaison.cooperation.internal.Threads;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.SafeDownload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deadline dashboard, the persons picker the forms load with htmx, attachment downloads, and the officer's
 * notifications with the header's bell.
 */
@Controller
class CooperationController {

    private final RequestsService requests;
    private final PersonPicker picker;
    private final Threads threads;
    private final Notifications notifications;

    CooperationController(RequestsService requests, PersonPicker picker, Threads threads, Notifications notifications) {
        this.requests = requests;
        this.picker = picker;
        this.threads = threads;
        this.notifications = notifications;
    }

    @GetMapping("/cooperation")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
    String dashboard(CurrentOfficer me, HttpServletRequest request, Model model) {
        model.addAttribute("dashboard", requests.dashboard(CooperationPageAdvice.actor(me, request)));
        model.addAttribute("soonHours", RequestsService.SOON.toHours());
        return "cooperation/dashboard";
    }

    /** The picker's list: the persons already picked (checked) and those the search finds; each shown is audited. */
    @GetMapping("/cooperation/person-picker")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String personPicker(@RequestParam(name = "q", required = false) String query,
                        @RequestParam(name = "personIds", required = false) List<String> personIds, CurrentOfficer me,
                        HttpServletRequest request, Model model) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        List<String> ids = personIds == null ? List.of() : personIds;
        model.addAttribute("picked", picker.picked(ids, actor));
        model.addAttribute("found", picker.find(query, ids, actor));
        model.addAttribute("query", query == null ? "" : query);
        return "cooperation/parts :: picker";
    }

    /**
     * An attachment, only ever as a download of the type its bytes were checked to be: never sniffed, never shown
     * inline, never cached.
     */
    @GetMapping("/cooperation/attachments/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','AUDITOR')")
    ResponseEntity<byte[]> attachment(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        Actor actor = CooperationPageAdvice.actor(me, request);
        Attachments.File file = CooperationPageAdvice.uuid(id).flatMap(u -> threads.attachment(actor, u))
                .orElseThrow(CooperationPageAdvice::notFound);
        return download(file);
    }

    static ResponseEntity<byte[]> download(Attachments.File file) {
        return SafeDownload.attachment(MediaType.parseMediaType(file.contentType()), file.fileName()).body(file.bytes());
    }

    @GetMapping("/notifications")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String notifications(CurrentOfficer me, Model model) {
        model.addAttribute("notifications", notifications.recent(me.username()));
        return "cooperation/notifications";
    }

    /** The header's bell with the count of unread notifications; the layout loads it with htmx. */
    @GetMapping("/notifications/bell")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String bell(CurrentOfficer me, Model model) {
        model.addAttribute("unread", notifications.unread(me.username()));
        return "cooperation/parts :: bell";
    }

    /** Marks the notification read and opens what it is about. */
    @PostMapping("/notifications/{id}/open")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String open(@PathVariable long id, CurrentOfficer me) {
        return notifications.open(me.username(), id)
                .map(n -> "redirect:/" + (n.request() ? "requests/" : "reports/") + n.thread())
                .orElseThrow(CooperationPageAdvice::notFound);
    }

    @PostMapping("/notifications/read-all")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    String readAll(CurrentOfficer me) {
        notifications.markAllRead(me.username());
        return "redirect:/notifications";
    }
}
