package org.liaison.screening.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.liaison.screening.internal.Actor;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the screening controllers share: who acts, ids from paths, "not found". */
final class ScreeningPageAdvice {

    private ScreeningPageAdvice() {
    }

    static Actor actor(CurrentOfficer me, HttpServletRequest request) {
        if (me == null) {
            // the security rules let no anonymous request reach these pages; this guards against a rule being lost
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return new Actor(me, request.getRemoteAddr());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static UUID required(String id) {
        return uuid(id).orElseThrow(ScreeningPageAdvice::notFound);
    }
}
