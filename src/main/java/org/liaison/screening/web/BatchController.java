package org.liaison.screening.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.liaison.screening.internal.BatchJobs;
import org.liaison.screening.internal.BatchView;
import org.liaison.screening.internal.ScreeningRefused;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.SafeDownload;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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

/**
 * Screening a file: the upload form with the officer's jobs, a job's page whose progress bar htmx refreshes until the
 * job ends, and the matches as CSV. An officer sees only their own jobs.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
class BatchController {

    private final BatchJobs jobs;

    BatchController(BatchJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/screening/batches")
    String list(CurrentOfficer me, HttpServletRequest request, Model model) {
        return show(model, me, request);
    }

    @PostMapping("/screening/batches")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentOfficer me,
                  HttpServletRequest request, Locale locale, Model model) {
        var actor = ScreeningPageAdvice.actor(me, request);
        try {
            BatchView job = file == null ? jobs.start(actor, null, 0, null, locale)
                    : jobs.start(actor, file.getOriginalFilename(), file.getSize(), file, locale);
            return "redirect:/screening/batches/" + job.id();
        } catch (ScreeningRefused refused) {
            model.addAttribute("problems", refused.problems());
            return show(model, me, request);
        }
    }

    private String show(Model model, CurrentOfficer me, HttpServletRequest request) {
        model.addAttribute("jobs", jobs.jobs(ScreeningPageAdvice.actor(me, request)));
        model.addAttribute("maxMegabytes", BatchJobs.MAX_BYTES / (1024 * 1024));
        model.addAttribute("keepHours", BatchJobs.KEEP.toHours());
        return "screening/batches";
    }

    @GetMapping("/screening/batches/{id}")
    String job(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        model.addAttribute("job", job(id, me, request));
        model.addAttribute("keepHours", BatchJobs.KEEP.toHours());
        return "screening/batch";
    }

    @GetMapping("/screening/batches/{id}/progress")
    String progress(@PathVariable String id, CurrentOfficer me, HttpServletRequest request, Model model) {
        model.addAttribute("job", job(id, me, request));
        return "screening/batch :: progress";
    }

    private BatchView job(String id, CurrentOfficer me, HttpServletRequest request) {
        UUID job = ScreeningPageAdvice.required(id);
        return jobs.job(job, ScreeningPageAdvice.actor(me, request)).orElseThrow(ScreeningPageAdvice::notFound);
    }

    @GetMapping("/screening/batches/{id}/matches.csv")
    ResponseEntity<Resource> matches(@PathVariable String id, CurrentOfficer me, HttpServletRequest request) {
        UUID job = ScreeningPageAdvice.required(id);
        Path file = jobs.matches(job, ScreeningPageAdvice.actor(me, request)).orElseThrow(ScreeningPageAdvice::notFound);
        // the rows quote the uploaded file's names: a download, never a page
        return SafeDownload.attachment(new MediaType("text", "csv", StandardCharsets.UTF_8), "matches-" + job + ".csv")
                .body(new FileSystemResource(file));
    }
}
