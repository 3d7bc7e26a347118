package org.liaison.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liaison.directory.Directory;
import org.liaison.exchange.Peers;
import org.liaison.exchange.Peers.InvalidPeerCardException;
import org.liaison.shared.AgencyCode;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's partner page: this node's card to hand to a partner, importing a partner's card, the
 * partners' queues, a test message per partner, and which message types need a supervisor's release.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PeersAdminController {

    /** A card is a few kilobytes; anything much larger is not one. */
    static final int MAX_CARD_BYTES = 64 * 1024;

    private final Peers peers;
    private final ExchangeService exchange;
    private final ReleaseRules rules;
    private final Directory directory;

    PeersAdminController(Peers peers, ExchangeService exchange, ReleaseRules rules, Directory directory) {
        this.peers = peers;
        this.exchange = exchange;
        this.rules = rules;
        this.directory = directory;
    }

    @GetMapping("/admin/peers")
    String page(Model model, Locale locale) {
        return show(model, locale);
    }

    @GetMapping("/admin/peers/card.json")
    ResponseEntity<String> card() {
        String agency = peers.ownCard().agency();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("liaison-card-" + agency + ".json").build().toString())
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(peers.ownCardJson());
    }

    /** The card comes pasted or as a file; a file wins when both are given. */
    @PostMapping("/admin/peers/import")
    String importCard(@RequestParam(name = "card", required = false) String pasted,
                      @RequestParam(name = "file", required = false) MultipartFile file, CurrentOfficer me,
                      Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Peers.PeerSummary imported = peers.importCard(cardText(pasted, file), me.username());
            redirect.addFlashAttribute("notice", "exchange.card.imported");
            redirect.addFlashAttribute("noticeArgs", new Object[] {imported.agency(), imported.nodeId()});
            return "redirect:/admin/peers";
        } catch (InvalidPeerCardException e) {
            model.addAttribute("cardError", "exchange.card.error." + e.code());
            // The pasted text comes back for correction, but never a private key: it should leave no more pages.
            boolean echo = (file == null || file.isEmpty()) && !"private_key".equals(e.code()) && !"too_large".equals(e.code());
            model.addAttribute("pasted", echo ? pasted : null);
            return show(model, locale);
        }
    }

    @PostMapping("/admin/peers/{agency}/probe")
    String probe(@PathVariable String agency, CurrentOfficer me, RedirectAttributes redirect) {
        try {
            if (!AgencyCode.isValid(agency)) {
                throw new IllegalArgumentException("not an agency code: " + agency);
            }
            UUID id = exchange.probe(agency, me);
            redirect.addFlashAttribute("notice", "exchange.peers.probe.queued");
            redirect.addFlashAttribute("noticeArgs", new Object[] {agency});
            redirect.addFlashAttribute("probeId", id);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "exchange.peers.probe.unknown");
        }
        return "redirect:/admin/peers";
    }

    /** The checked types replace the rules; an unchecked type's messages go out without a release. */
    @PostMapping("/admin/peers/release-rules")
    String releaseRules(@RequestParam(name = "type", required = false) List<String> types, CurrentOfficer me,
                        HttpServletRequest request, RedirectAttributes redirect) {
        try {
            rules.replace(types == null ? List.of() : types, me, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "exchange.rules.saved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "exchange.rules.unknownType");
        }
        return "redirect:/admin/peers";
    }

    private String show(Model model, Locale locale) {
        model.addAttribute("own", peers.ownCard());
        model.addAttribute("peers", peers.list());
        model.addAttribute("types", rules.configurable());
        model.addAttribute("rules", rules.current());
        model.addAttribute("agencyNames", MessagesController.agencyNames(directory, locale));
        return "exchange/peers";
    }

    /**
     * The card's text from an upload or the text area.
     *
     * @throws InvalidPeerCardException {@code empty} or {@code too_large}
     */
    static String cardText(String pasted, MultipartFile file) {
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_CARD_BYTES) {
                throw tooLarge(file.getSize());
            }
            try {
                return stripBom(new String(file.getBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (pasted == null || pasted.isBlank()) {
            throw new InvalidPeerCardException("empty", "no card was pasted or uploaded");
        }
        long bytes = pasted.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_CARD_BYTES) {
            throw tooLarge(bytes);
        }
        return pasted;
    }

    private static InvalidPeerCardException tooLarge(long bytes) {
        return new InvalidPeerCardException("too_large", "a card of " + bytes + " bytes exceeds the limit of "
                + MAX_CARD_BYTES + " bytes");
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
