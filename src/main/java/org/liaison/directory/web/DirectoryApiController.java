package org.liaison.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.liaison.directory.Role;
import org.liaison.directory.UnitKind;
import org.liaison.directory.internal.DirectoryAdministration;
import org.liaison.directory.internal.DirectoryAdministration.OfficerDraft;
import org.liaison.directory.internal.DirectoryAdministration.UnitDraft;
import org.liaison.directory.internal.DirectoryListings;
import org.liaison.directory.internal.DirectoryListings.AgencyView;
import org.liaison.directory.internal.DirectoryListings.GateView;
import org.liaison.directory.internal.DirectoryListings.OfficerView;
import org.liaison.directory.internal.DirectoryListings.PairView;
import org.liaison.directory.internal.DirectoryListings.UnitView;
import org.liaison.shared.CurrentOfficer;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory for other systems of the agency (personal bearer tokens): agencies, units, gates, pairs;
 * administrators may add units, list the own officers and set an officer's notification e-mail address. Names come in every stored language plus {@code name} in the caller's
 * Accept-Language. Errors are {@code {"errors":[{"field":..,"message":..}]}} in that language too.
 */
@RestController
class DirectoryApiController {

    private final DirectoryListings listings;
    private final DirectoryAdministration admin;
    private final MessageSource messages;

    DirectoryApiController(DirectoryListings listings, DirectoryAdministration admin, MessageSource messages) {
        this.listings = listings;
        this.admin = admin;
        this.messages = messages;
    }

    record AgencyResponse(String code, String country, String name, String nameLocal, String namePartner,
                          String nameEn, boolean own) {
        static AgencyResponse of(AgencyView a) {
            return new AgencyResponse(a.code(), a.country(), a.name(), a.nameLocal(), a.namePartner(), a.nameEn(), a.own());
        }
    }

    record UnitResponse(long id, String agencyCode, String code, UnitKind kind, String parentCode, String name,
                        String nameLocal, String namePartner, String nameEn) {
        static UnitResponse of(UnitView u) {
            return new UnitResponse(u.id(), u.agencyCode(), u.code(), u.kind(), u.parentCode(), u.name(),
                    u.nameLocal(), u.namePartner(), u.nameEn());
        }
    }

    record UnitRef(long id, String agencyCode, String code, String name) {
        static UnitRef of(UnitView u) {
            return new UnitRef(u.id(), u.agencyCode(), u.code(), u.name());
        }
    }

    record PairResponse(long id, UnitRef unit, UnitRef partnerUnit, String note) {
        static PairResponse of(PairView p) {
            return new PairResponse(p.id(), UnitRef.of(p.unit()), UnitRef.of(p.partnerUnit()), p.note());
        }
    }

    record GateResponse(long id, String code, String name, String nameVi, String nameZh, String nameEn,
                        String placeVn, String placeCn) {
        static GateResponse of(GateView g) {
            return new GateResponse(g.id(), g.code(), g.name(), g.nameVi(), g.nameZh(), g.nameEn(), g.placeVn(), g.placeCn());
        }
    }

    /** A new unit; {@code parentCode} names a unit of the same agency, or is left out for a top unit. */
    /** An own officer as administrators see them (never the password). */
    record OfficerResponse(long id, String username, String fullName, String rankTitle, String unitCode,
                           List<Role> roles, String preferredLang, String email, boolean enabled) {
        static OfficerResponse of(OfficerView o) {
            return new OfficerResponse(o.id(), o.username(), o.fullName(), o.rankTitle(), o.unitCode(), o.roles(),
                    o.preferredLang(), o.email(), o.enabled());
        }
    }

    /** @param email the new address; null or blank removes it */
    record EmailRequest(@Size(max = 254, message = "{directory.validation.tooLong}") String email) {
    }

    record NewUnitRequest(
            @NotBlank(message = "{directory.validation.required}") String agencyCode,
            @NotBlank(message = "{directory.validation.required}")
            @Size(max = 40, message = "{directory.validation.tooLong}")
            @Pattern(regexp = UnitForm.CODE, message = "{directory.validation.code}") String code,
            @NotBlank(message = "{directory.validation.required}")
            @Pattern(regexp = UnitForm.KINDS, message = "{directory.validation.unitKind}") String kind,
            String parentCode,
            @NotBlank(message = "{directory.validation.required}")
            @Size(max = 300, message = "{directory.validation.tooLong}") String nameLocal,
            @NotBlank(message = "{directory.validation.required}")
            @Size(max = 300, message = "{directory.validation.tooLong}") String namePartner,
            @NotBlank(message = "{directory.validation.required}")
            @Size(max = 300, message = "{directory.validation.tooLong}") String nameEn) {

        UnitDraft toDraft() {
            return new UnitDraft(agencyCode.trim(), code.trim(), UnitKind.valueOf(kind), blankAsNull(parentCode),
                    nameLocal.trim(), namePartner.trim(), nameEn.trim());
        }

        private static String blankAsNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    @GetMapping(path = "/api/v1/directory/agencies", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AgencyResponse> agencies(Locale locale) {
        return listings.agencies(locale).stream().map(AgencyResponse::of).toList();
    }

    /** The units of one agency, or of all agencies when none is named; 400 for an agency that does not exist. */
    @GetMapping(path = "/api/v1/directory/units", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> units(@RequestParam(name = "agency", required = false) String agency, Locale locale) {
        if (agency == null) {
            return ResponseEntity.ok(listings.unitsByAgency(locale).stream()
                    .flatMap(g -> g.units().stream()).map(UnitResponse::of).toList());
        }
        if (listings.agency(agency, locale).isEmpty()) {
            return ResponseEntity.badRequest().body(DirectoryApiErrors.ApiErrors.of("agency",
                    messages.getMessage("directory.error.unknownAgency", new Object[] {agency}, locale)));
        }
        return ResponseEntity.ok(listings.units(agency, locale).stream().map(UnitResponse::of).toList());
    }

    @GetMapping(path = "/api/v1/directory/units/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UnitResponse> unit(@PathVariable long id, Locale locale) {
        return ResponseEntity.of(listings.unit(id, locale).map(UnitResponse::of));
    }

    @GetMapping(path = "/api/v1/directory/gates", produces = MediaType.APPLICATION_JSON_VALUE)
    List<GateResponse> gates(Locale locale) {
        return listings.gates(locale).stream().map(GateResponse::of).toList();
    }

    @GetMapping(path = "/api/v1/directory/pairs", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PairResponse> pairs(Locale locale) {
        return listings.pairs(locale).stream().map(PairResponse::of).toList();
    }

    @GetMapping(path = "/api/v1/admin/directory/officers", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    List<OfficerResponse> officers(Locale locale) {
        return listings.officers(locale).stream().map(OfficerResponse::of).toList();
    }

    /** Sets or removes the address notifications are mailed to; 400 with the field error for a bad address. */
    @PutMapping(path = "/api/v1/admin/directory/officers/{id}/email", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<OfficerResponse> changeEmail(@PathVariable long id, @Valid @RequestBody EmailRequest body,
                                                CurrentOfficer me, HttpServletRequest request, Locale locale) {
        OfficerView o = listings.officer(id, locale).orElse(null);
        if (o == null) {
            return ResponseEntity.notFound().build();
        }
        admin.updateOfficer(Actors.of(me, request), id, o.version(), new OfficerDraft(o.username(), o.fullName(),
                o.rankTitle(), o.agencyCode(), o.unitId(), Set.copyOf(o.roles()), o.preferredLang(), body.email(),
                o.enabled(), null));
        return ResponseEntity.of(listings.officer(id, locale).map(OfficerResponse::of));
    }

    /** 201 with the unit; 400 with field errors; 409 when the agency already has a unit with this code. */
    @PostMapping(path = "/api/v1/admin/directory/units", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UnitResponse> createUnit(@Valid @RequestBody NewUnitRequest body, CurrentOfficer me,
                                            HttpServletRequest request, Locale locale) {
        long id = admin.createUnit(Actors.of(me, request), body.toDraft());
        UnitView unit = listings.unit(id, locale).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/directory/units/" + id))
                .body(UnitResponse.of(unit));
    }
}
