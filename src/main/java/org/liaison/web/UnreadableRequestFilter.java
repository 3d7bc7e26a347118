package org.liaison.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * Refuses a request whose form fields cannot be decoded (bytes that are not UTF-8) or whose multipart body cannot be
 * parsed with 400 and the error page in the reader's language. Left alone, the first code to read a field (the CSRF
 * check, the language switch, a controller) fails with a server error.
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
            // the error page's own dispatch then leaves the body alone instead of failing on it a second time
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException("unreadable request", unreadable));
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
