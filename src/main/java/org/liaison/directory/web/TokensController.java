package org.liaison.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.liaison.directory.OfficerAccounts;
import org.liaison.directory.OfficerAccounts.CreatedToken;
import org.liaison.directory.OfficerAccounts.TokenSummary;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An officer's own personal API tokens: list, create (the raw token is shown once), revoke. */
@Controller
@RequestMapping("/account/tokens")
class TokensController {

    private final OfficerAccounts accounts;
    private final NodeProperties node;

    TokensController(OfficerAccounts accounts, NodeProperties node) {
        this.accounts = accounts;
        this.node = node;
    }

    @GetMapping
    String list(CurrentOfficer me, Model model, Locale locale) {
        model.addAttribute("form", TokenForm.empty());
        return listPage(me, model, locale);
    }

    /** Renders the raw token in the response itself, never stored or redirected, so it cannot be shown twice. */
    @PostMapping
    String create(CurrentOfficer me, @Valid @ModelAttribute("form") TokenForm form, BindingResult errors, Model model,
                  Locale locale, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(me, model, locale);
        }
        CreatedToken created = accounts.createToken(me, form.name());
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("created", created);
        model.addAttribute("curl", "curl -H \"Authorization: Bearer " + created.rawToken() + "\" "
                + ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/me").toUriString());
        return "directory/token-created";
    }

    /** Someone else's token, or one that does not exist, answers 404 alike: ids of others' tokens are not revealed. */
    @PostMapping("/{id}/revoke")
    String revoke(CurrentOfficer me, @PathVariable long id, RedirectAttributes flash) {
        TokenSummary own = accounts.tokens(me).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        accounts.revokeToken(me, id);
        flash.addFlashAttribute("revokedName", own.name());
        return "redirect:/account/tokens";
    }

    private String listPage(CurrentOfficer me, Model model, Locale locale) {
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(node.zone());
        List<TokenRow> rows = accounts.tokens(me).stream().map(t -> TokenRow.of(t, times)).toList();
        model.addAttribute("tokens", rows);
        model.addAttribute("zone", node.zone().getId());
        return "directory/tokens";
    }

    /** A token as the list shows it; {@code lastUsed} is null when it was never used. */
    record TokenRow(long id, String name, String prefix, String created, String lastUsed, boolean revoked) {

        static TokenRow of(TokenSummary t, DateTimeFormatter times) {
            return new TokenRow(t.id(), t.name(), t.prefix(), format(t.created(), times), format(t.lastUsed(), times),
                    t.revoked());
        }

        private static String format(Instant at, DateTimeFormatter times) {
            return at == null ? null : times.format(at);
        }
    }
}
