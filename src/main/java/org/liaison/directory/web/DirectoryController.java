package org.liaison.directory.web;

import java.util.Locale;
import org.liaison.directory.internal.DirectoryListings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The directory's four lists, open to every logged-in officer. */
@Controller
class DirectoryController {

    private final DirectoryListings listings;

    DirectoryController(DirectoryListings listings) {
        this.listings = listings;
    }

    @GetMapping("/directory")
    String index() {
        return "redirect:/directory/units";
    }

    @GetMapping("/directory/units")
    String units(Model model, Locale locale) {
        model.addAttribute("groups", listings.unitsByAgency(locale));
        return "directory/units";
    }

    @GetMapping("/directory/officers")
    String officers(Model model, Locale locale) {
        model.addAttribute("officers", listings.officers(locale));
        return "directory/officers";
    }

    @GetMapping("/directory/pairs")
    String pairs(Model model, Locale locale) {
        model.addAttribute("pairs", listings.pairs(locale));
        return "directory/pairs";
    }

    @GetMapping("/directory/gates")
    String gates(Model model, Locale locale) {
        model.addAttribute("gates", listings.gates(locale));
        return "directory/gates";
    }
}
