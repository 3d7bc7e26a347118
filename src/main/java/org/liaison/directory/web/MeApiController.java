package org.liaison.directory.web;

import java.util.List;
import org.liaison.shared.CurrentOfficer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who a personal API token belongs to, so integrators can test theirs with curl. */
@RestController
class MeApiController {

    @GetMapping("/api/v1/me")
    Me me(CurrentOfficer me) {
        return new Me(me.username(), me.fullName(), me.agency(), me.roles().stream().sorted().toList());
    }

    /** @param roles OFFICER, SUPERVISOR, ADMIN, AUDITOR */
    record Me(String username, String fullName, String agency, List<String> roles) {
    }
}
