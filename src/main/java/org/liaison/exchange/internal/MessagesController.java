package org.liaison.exchange.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaison.directory.Directory;
import org.liaison.exchange.MessageState;
import org.liaison.exchange.Peers;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The messages pages: every envelope in and out with its state, one message's timeline, and four-eyes release
 * for supervisors. Open to every logged-in officer (auditors included): the pages show headers and summaries,
 * never payloads, which each module shows on its own pages under its own rules.
 */
@Controller
class MessagesController {

    private final MessageLog log;
    private final Receipts receipts;
    private final ExchangeService exchange;
    private final HandlerRegistry handlers;
    private final Peers peers;
    private final Directory directory;
    private final ExchangeTimes times;

    MessagesController(MessageLog log, Receipts receipts, ExchangeService exchange, HandlerRegistry handlers, Peers peers,
                       Directory directory, ExchangeTimes times) {
        this.log = log;
        this.receipts = receipts;
        this.exchange = exchange;
        this.handlers = handlers;
        this.peers = peers;
        this.directory = directory;
        this.times = times;
    }

    @GetMapping("/messages")
    String list(@ModelAttribute("filter") MessageFilter filter, BindingResult unconvertible, CurrentOfficer me,
                Model model, Locale locale) {
        // A date that does not parse filters nothing, like any other value that means nothing.
        MessageLog.Page page = log.page(filter.toQuery(times), filter.pageIndex(), MessageFilter.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("agencyNames", agencyNames(directory, locale));
        model.addAttribute("partners", partners());
        model.addAttribute("types", handlers.types());
        model.addAttribute("states", MessageState.values());
        model.addAttribute("directions", MessageLog.Direction.values());
        model.addAttribute("previousUrl", page.number() == 0 ? null : pageUrl(filter, page.number()));
        model.addAttribute("nextUrl", page.hasNext() ? pageUrl(filter, page.number() + 2) : null);
        if (me.has("SUPERVISOR")) {
            model.addAttribute("awaiting", log.awaitingRelease(me.username()));
        }
        return "exchange/messages";
    }

    @GetMapping("/messages/{id}")
    String detail(@PathVariable String id, Model model, Locale locale) {
        MessageLog.Detail message = uuid(id).flatMap(log::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("message", message);
        model.addAttribute("timeline", MessageTimeline.of(message, receipts));
        model.addAttribute("agencyNames", agencyNames(directory, locale));
        return "exchange/message";
    }

    /** Refusals come back as a message on the page the supervisor came from; nothing changes then. */
    @PostMapping("/messages/{id}/release")
    String release(@PathVariable String id, @RequestParam(name = "from", required = false) String from,
                   CurrentOfficer me, RedirectAttributes redirect) {
        Optional<UUID> message = uuid(id);
        try {
            exchange.release(message.orElseThrow(() -> new ExchangeService.ReleaseRefused("exchange.release.notFound")), me);
            redirect.addFlashAttribute("notice", "exchange.release.done");
        } catch (ExchangeService.ReleaseRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            if ("exchange.release.notFound".equals(refused.getMessage())) {
                return "redirect:/messages";
            }
        }
        return "detail".equals(from) ? "redirect:/messages/" + message.orElseThrow() : "redirect:/messages";
    }

    /** Partner agencies to filter by: the paired ones. */
    private List<String> partners() {
        return peers.list().stream().map(Peers.PeerSummary::agency).toList();
    }

    static Map<String, String> agencyNames(Directory directory, Locale locale) {
        String country = directory.ownAgency().country();
        Map<String, String> names = new LinkedHashMap<>();
        directory.agencies().forEach(a -> names.put(a.code(), a.name(locale, country)));
        return names;
    }

    static Optional<UUID> uuid(String id) {
        try {
            return id != null && id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String pageUrl(MessageFilter f, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/messages");
        param(b, "direction", f.direction());
        param(b, "state", f.state());
        param(b, "partner", f.partner());
        param(b, "type", f.type());
        param(b, "from", f.from() == null ? null : f.from().toString());
        param(b, "to", f.to() == null ? null : f.to().toString());
        return b.queryParam("page", page).encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder b, String name, String value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }
}
