package org.liaison.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import org.liaison.directory.internal.DirectoryAdministration.Actor;
import org.liaison.shared.CurrentOfficer;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Small pieces every directory controller needs: who acts, and the answer for a record that is not there. */
final class Actors {

    private Actors() {
    }

    static Actor of(CurrentOfficer me, HttpServletRequest request) {
        if (me == null) {
            // The security rules let no anonymous request reach a change; this guards against a rule being lost.
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        return new Actor(me, request.getRemoteAddr());
    }

    /** The version the form was loaded with; a missing one can never match, so the change is refused as stale. */
    static int version(Integer fromForm) {
        return fromForm == null ? -1 : fromForm;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
