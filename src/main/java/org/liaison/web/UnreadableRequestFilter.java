package org.liaison.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose form fields cannot be decoded (bytes that are not UTF-8) or whose multipart body cannot be
 * parsed (no boundary, a part header beyond the server's limit) with 400 and the error page in the reader's language.
 * Left alone, the first code to read a field (the CSRF check, the language switch, a controller) fails with a server
 * error, and so does the error page, which reads the same broken fields again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the character encoding filter: fields are decoded as UTF-8
class UnreadableRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                request.getParts();
            }
        } catch (IllegalStateException | IOException | ServletException unreadable) {
            HttpServletRequest withoutBody = new WithoutBody(request);
            withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
            withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher("/error").forward(withoutBody, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request as the error page sees it: its headers (language, session), none of its unreadable fields. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
