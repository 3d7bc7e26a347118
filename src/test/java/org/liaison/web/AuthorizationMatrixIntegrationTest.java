package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.liaison.directory.OfficerAccounts;
import org.liaison.shared.CurrentOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the application exposes is in {@code authorization-matrix.csv} with the roles allowed to call it,
 * and each route is called as an anonymous visitor, as each role of the own agency, and as an officer of the
 * other agency: allowed calls are never refused (and never fail with a server error), denied calls always are.
 * A new route without a matrix line fails this test.
 */
@SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
@AutoConfigureMockMvc
class AuthorizationMatrixIntegrationTest {

    static final Path MATRIX = Path.of("src/test/resources/authorization-matrix.csv");
    static final List<String> ROLES = List.of("OFFICER", "SUPERVISOR", "ADMIN", "AUDITOR");
    static final Map<String, String> DEMO_USER = Map.of("OFFICER", "cb.officer", "SUPERVISOR", "cb.supervisor",
            "ADMIN", "cb.admin", "AUDITOR", "cb.auditor");
    /** Values for path variables; a route answering 404 or 400 with them was still let through. */
    static final Map<String, String> SAMPLE = Map.of("id", "1", "code", "VN-CB", "agency", "CN-GX");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    OfficerAccounts accounts;

    record Route(String method, String path) implements Comparable<Route> {
        @Override
        public int compareTo(Route o) {
            return (path + " " + method).compareTo(o.path + " " + o.method);
        }

        @Override
        public String toString() {
            return method + "," + path;
        }
    }

    Set<Route> exposedRoutes() {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add(new Route("GET", pattern));
                    }
                    methods.forEach(m -> routes.add(new Route(m.name(), pattern)));
                }
            });
        }
        return routes;
    }

    static Map<Route, String> matrix() throws IOException {
        Map<Route, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MATRIX, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            assertThat(f).as("matrix line '%s' needs method,path,allowed", line).hasSize(3);
            m.put(new Route(f[0].strip(), f[1].strip()), f[2].strip());
        }
        return m;
    }

    @Test
    void everyExposedRouteIsInTheMatrixAndNothingElse() throws IOException {
        Set<Route> exposed = exposedRoutes();
        Set<Route> listed = new TreeSet<>(matrix().keySet());
        Set<Route> missing = new TreeSet<>(exposed);
        missing.removeAll(listed);
        Set<Route> stale = new TreeSet<>(listed);
        stale.removeAll(exposed);
        assertThat(missing).as("routes without a line in " + MATRIX).isEmpty();
        assertThat(stale).as("lines in " + MATRIX + " for routes that do not exist").isEmpty();
    }

    @Test
    void everyRouteAllowsExactlyTheRolesItLists() throws Exception {
        List<String> problems = new ArrayList<>();
        for (var entry : matrix().entrySet()) {
            Route route = entry.getKey();
            String allowed = entry.getValue();
            boolean isPublic = allowed.equals("PUBLIC");
            check(problems, route, "anonymous", null, isPublic);
            for (String role : ROLES) {
                boolean expected = isPublic || allowed.equals("AUTHENTICATED") || Set.of(allowed.split("\\+")).contains(role);
                check(problems, route, role, principal(role), expected);
            }
            // a session of another agency's officer is refused everywhere; only the node-to-node endpoint, which
            // trusts no session, answers it (and then judges the envelope)
            check(problems, route, "officer of CN-GX", otherAgencyOfficer(), isPublic && route.path().startsWith("/federation/"));
        }
        assertThat(problems).as("authorisation matrix violations").isEmpty();
    }

    private void check(List<String> problems, Route route, String who, OfficerPrincipal as, boolean expectAllowed)
            throws Exception {
        MvcResult r = mvc.perform(request(route, as)).andReturn();
        int status = r.getResponse().getStatus();
        String location = r.getResponse().getHeader("Location");
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        boolean denied = status == 401 || status == 403 || toLogin;
        if (expectAllowed && denied) {
            problems.add(route + " should allow " + who + " but answered " + status);
        } else if (!expectAllowed && !denied) {
            problems.add(route + " should deny " + who + " but answered " + status);
        } else if (status >= 500 && !route.path().equals("/error")) { // the error page, opened directly, says 500
            problems.add(route + " as " + who + " answered " + status);
        }
    }

    private MockHttpServletRequestBuilder request(Route route, OfficerPrincipal as) {
        String path = route.path();
        for (var s : SAMPLE.entrySet()) {
            path = path.replace("{" + s.getKey() + "}", s.getValue());
        }
        path = path.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), path);
        if (!route.method().equals("GET")) {
            b.with(csrf());
            if (path.startsWith("/api/")) {
                b.contentType("application/json").content("{}");
            }
        }
        if (as != null) {
            b.with(authentication(UsernamePasswordAuthenticationToken.authenticated(as, null, as.getAuthorities())));
        }
        return b;
    }

    private OfficerPrincipal principal(String role) {
        var login = accounts.findLogin(DEMO_USER.get(role)).orElseThrow();
        return new OfficerPrincipal(login.officer(), "", true, false);
    }

    private static OfficerPrincipal otherAgencyOfficer() {
        return new OfficerPrincipal(new CurrentOfficer(999, "gx.admin", "陆建华", "CN-GX", null,
                Set.of("OFFICER", "SUPERVISOR", "ADMIN", "AUDITOR")), "", true, false);
    }
}
