package org.liaison.cli;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One officer at a browser: its own cookie jar (the HTTP client and its connections are shared, as 200 clients with a
 * selector thread and a worker pool each cost the load generator more CPU than the pages it was timing), logs in
 * through the form, then opens the pages an officer opens during a shift (a list, then one of its items), pausing
 * to read between pages. Every request is timed on its own, the way a browser shows each page; redirects are not
 * followed so each one counts separately.
 */
final class SimulatedOfficer {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    // the names officers type into the one-name screening box: demo persons, spelled with and without diacritics
    private static final List<String> SCREENED = List.of("Hoàng Thị Mai", "HOANG THI MAI", "Nông Văn Đức", "Lý Minh", "Trần Văn Hùng");

    /** Where each timed request goes; {@code failure} is null for a good answer, else what went wrong. */
    interface Recorder {
        void record(String page, long startedAt, long nanos, String failure);
    }

    private final URI base;
    private final String username;
    private final Duration think;
    private final Recorder recorder;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final boolean screens;

    SimulatedOfficer(HttpClient http, URI base, String username, Duration think, Recorder recorder) {
        this.base = base;
        this.username = username;
        this.think = think;
        this.recorder = recorder;
        this.screens = !username.endsWith(".auditor"); // auditors may read but not screen
        this.http = http;
    }

    /** The client all officers share: no redirects followed (each is timed on its own), HTTP/1.1 as browsers use here. */
    static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT).build();
    }

    /** Logs in, then browses until {@code until} (System.nanoTime). */
    void run(long until) throws InterruptedException {
        while (!login()) {
            if (System.nanoTime() > until) {
                return;
            }
            pause();
        }
        while (System.nanoTime() < until) {
            visit(ThreadLocalRandom.current().nextInt(screens ? 9 : 8));
            pause();
        }
    }

    private boolean login() throws InterruptedException {
        Page form = get("login", "/login");
        String token = form.csrf();
        if (token == null) {
            return false;
        }
        Page done = post("login POST", "/login", "username=" + username + "&password=liaison-demo&_csrf=" + enc(token), false);
        return done.ok && done.status == 302;
    }

    /** One task of the mix: a list page, then (after reading it) one of the items it lists. */
    private void visit(int task) throws InterruptedException {
        switch (task) {
            case 0 -> page("home", "/");
            case 1 -> listThenItem("persons", "/persons", "person", Pattern.compile("href=\"(/persons/[0-9a-f-]{36})\""));
            case 2 -> listThenItem("wanted notices", "/wanted-notices", "wanted notice",
                    Pattern.compile("href=\"(/wanted-notices/[0-9a-f-]{36})\""));
            case 3 -> listThenItem("cooperation", "/cooperation", "request/report",
                    Pattern.compile("href=\"(/(?:requests|reports)/[0-9a-f-]{36})\""));
            case 4 -> listThenItem("cases", "/cases", "case", Pattern.compile("href=\"(/cases/[0-9a-f-]{36})\""));
            case 5 -> listThenItem("handovers", "/handovers", "handover", Pattern.compile("href=\"(/handovers/[0-9a-f-]{36})\""));
            case 6 -> page("messages", "/messages");
            case 7 -> listThenItem("engagements", "/engagements", "engagement",
                    Pattern.compile("href=\"(/engagements/[0-9a-f-]{36})\""));
            default -> screen();
        }
    }

    private void listThenItem(String listName, String listPath, String itemName, Pattern itemLink) throws InterruptedException {
        Page list = page(listName, listPath);
        List<String> items = list.links(itemLink);
        if (!items.isEmpty()) {
            pause();
            page(itemName, items.get(ThreadLocalRandom.current().nextInt(items.size())));
        }
    }

    private void screen() throws InterruptedException {
        Page form = page("screening", "/screening");
        String token = form.csrf();
        if (token != null) {
            pause();
            String name = SCREENED.get(ThreadLocalRandom.current().nextInt(SCREENED.size()));
            post("screening POST", "/screening/search", "name=" + enc(name) + "&birthDate=&sex=&nationality=&_csrf=" + enc(token), true);
        }
    }

    /** A full page as the browser loads it: the page, then the notification bell htmx fetches on load. */
    private Page page(String name, String path) {
        Page p = get(name, path);
        if (screens && p.ok) {
            get("notification bell", "/notifications/bell");
        }
        return p;
    }

    private Page get(String name, String path) {
        URI uri = base.resolve(path);
        return send(name, uri, HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET());
    }

    private Page post(String name, String path, String form, boolean htmx) {
        URI uri = base.resolve(path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (htmx) {
            b.header("HX-Request", "true");
        }
        return send(name, uri, b);
    }

    /** Sends the request with this officer's cookies for {@code uri}, as a browser does, and keeps the ones set. */
    private Page send(String name, URI uri, HttpRequest.Builder builder) {
        long t0 = System.nanoTime();
        try {
            cookies.get(uri, Map.of()).forEach((header, values) -> values.forEach(v -> builder.header(header, v)));
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            cookies.put(uri, r.headers().map());
            long nanos = System.nanoTime() - t0;
            String location = r.headers().firstValue("Location").orElse(null);
            // a lost session (or a refused login) shows as a redirect to the login form, or as Spring's
            // "session has been expired" text when too many sessions of one account are open
            String failure = r.statusCode() >= 400 ? "HTTP " + r.statusCode()
                    : location != null && location.contains("/login") ? "sent to " + location
                    : r.body().contains("session has been expired") ? "session expired" : null;
            boolean ok = failure == null;
            recorder.record(name, t0, nanos, failure);
            return new Page(r.statusCode(), ok, location, r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.record(name, t0, System.nanoTime() - t0, "interrupted");
            return new Page(0, false, null, "");
        } catch (Exception e) { // timeouts and refused connections are errors of the run, not of the bench
            recorder.record(name, t0, System.nanoTime() - t0, e.getClass().getSimpleName());
            return new Page(0, false, null, "");
        }
    }

    /** Reading time: uniformly between half and one and a half times the mean think time. */
    private void pause() throws InterruptedException {
        long mean = think.toMillis();
        if (mean > 0) {
            Thread.sleep(mean / 2 + ThreadLocalRandom.current().nextLong(mean + 1));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Page(int status, boolean ok, String location, String body) {
        String csrf() {
            Matcher m = CSRF.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        List<String> links(Pattern p) {
            List<String> found = new ArrayList<>();
            Matcher m = p.matcher(body);
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        }
    }
}
