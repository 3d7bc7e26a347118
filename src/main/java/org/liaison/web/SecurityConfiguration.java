package org.liaison.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaison.directory.OfficerAccounts;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what. Two chains: the REST API under {@code /api/v1} (personal bearer tokens, stateless,
 * no cookies so no CSRF) and the web pages (form log-in, session, CSRF). Role rules per path prefix here;
 * finer rules sit on the controllers with {@code @PreAuthorize}.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(OfficerAccounts accounts, NodeProperties node) {
        return username -> accounts.findLogin(username)
                .filter(l -> l.officer().agency().equals(node.agency()))
                .map(l -> new OfficerPrincipal(l.officer(), l.passwordHash(), l.enabled(), l.locked()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** Node-to-node envelopes: no session, no CSRF; every envelope proves itself by signature. */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain federation(HttpSecurity http) throws Exception {
        http.securityMatcher("/federation/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    // The filter chains need a servlet web application; offline commands (audit verify) start the node without one.
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, OfficerAccounts accounts, NodeProperties node) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/audit/**").hasRole("AUDITOR")
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new BearerTokenFilter(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(new OwnAgencyFilter(node), AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain web(HttpSecurity http, NodeProperties node,
                            // raised only by the load bench, whose 200 simulated officers share the few demo accounts
                            @Value("${liaison.web.max-sessions-per-officer:5}") int maxSessions) throws Exception {
        http.addFilterAfter(new OwnAgencyFilter(node), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/audit/**").hasRole("AUDITOR")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?error="
                                + (ex instanceof LockedException ? "locked" : "bad")))
                        .successHandler((req, res, auth) -> {
                            if (auth.getPrincipal() instanceof OfficerPrincipal p && !hasLangCookie(req)) {
                                accounts(req).findLogin(p.getUsername()).ifPresent(l ->
                                        Languages.supported(l.preferredLang()).ifPresent(loc -> {
                                            Cookie c = new Cookie(LocaleConfiguration.COOKIE, loc.toLanguageTag());
                                            c.setPath("/");
                                            c.setHttpOnly(true);
                                            c.setMaxAge(365 * 24 * 3600);
                                            res.addCookie(c);
                                        }));
                            }
                            res.sendRedirect(req.getContextPath() + "/");
                        }))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()).maximumSessions(maxSessions))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static boolean hasLangCookie(HttpServletRequest req) {
        if (req.getCookies() == null) {
            return false;
        }
        for (Cookie c : req.getCookies()) {
            if (LocaleConfiguration.COOKIE.equals(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static OfficerAccounts accounts(HttpServletRequest req) {
        return org.springframework.web.context.support.WebApplicationContextUtils
                .getRequiredWebApplicationContext(req.getServletContext()).getBean(OfficerAccounts.class);
    }

    /** Counts failed logins (lock-out) and records logins in the audit log. */
    @Bean
    LoginAttempts loginAttempts(OfficerAccounts accounts) {
        return new LoginAttempts(accounts);
    }

    static final class LoginAttempts {
        private final OfficerAccounts accounts;

        LoginAttempts(OfficerAccounts accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            accounts.loginFailed(String.valueOf(event.getAuthentication().getName()), remote(event.getAuthentication().getDetails()));
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken t
                    && t.getPrincipal() instanceof OfficerPrincipal) {
                accounts.loginSucceeded(t.getName(), remote(t.getDetails()));
            }
        }

        private static String remote(Object details) {
            return details instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        }
    }

    /** Authenticates {@code Authorization: Bearer lia_...} with a personal API token. */
    static final class BearerTokenFilter extends OncePerRequestFilter {
        private final OfficerAccounts accounts;

        BearerTokenFilter(OfficerAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                accounts.authenticateToken(header.substring(7).trim()).ifPresent(officer -> {
                    var auth = UsernamePasswordAuthenticationToken.authenticated(
                            new OfficerPrincipal(officer, "", true, false), null, OfficerPrincipal.authorities(officer));
                    var ctx = SecurityContextHolder.createEmptyContext();
                    ctx.setAuthentication(auth);
                    SecurityContextHolder.setContext(ctx);
                });
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Officers log in only to their own agency's node: a session or token whose officer belongs to another
     * agency is refused everywhere (defence in depth; the directory creates users for the own agency only).
     */
    static final class OwnAgencyFilter extends OncePerRequestFilter {
        private final NodeProperties node;

        OwnAgencyFilter(NodeProperties node) {
            this.node = node;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CurrentOfficer officer = current();
            if (officer != null && !officer.agency().equals(node.agency())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Exposes the current officer to controllers as a method argument of type {@link CurrentOfficer}. */
    static CurrentOfficer current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof OfficerPrincipal p ? p.officer() : null;
    }
}
