package org.liaison.cooperation.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.liaison.directory.Directory;
import org.liaison.directory.Directory.UnitSummary;
import org.springframework.stereotype.Component;

/**
 * Where reports and requests may go: the partner units paired with the officer's own unit in the directory; an
 * officer whose unit has no counterpart of its own (say, a district without a pair) writes to any unit paired
 * with one of the own agency's units.
 */
@Component
public class CounterpartUnits {

    private final Directory directory;

    CounterpartUnits(Directory directory) {
        this.directory = directory;
    }

    public Optional<UnitSummary> ownUnit(Actor actor) {
        Long id = actor.officer().unitId();
        return id == null ? Optional.empty() : directory.unit(id);
    }

    public List<UnitSummary> recipients(Actor actor) {
        List<UnitSummary> own = ownUnit(actor).map(u -> directory.counterparts(u.id())).orElse(List.of());
        return own.isEmpty() ? directory.counterparts() : own;
    }

    /** Every unit of every agency, for the place of the facts. */
    public List<UnitSummary> places() {
        return directory.agencies().stream().flatMap(a -> directory.units(a.code()).stream()).toList();
    }

    /** A unit named {@code AGENCY:CODE} or just {@code CODE} among the candidates; empty when none or several fit. */
    static Optional<UnitSummary> resolve(String ref, List<UnitSummary> among) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String r = ref.strip();
        int colon = r.indexOf(':');
        Stream<UnitSummary> fits = colon < 0
                ? among.stream().filter(u -> u.code().equals(r))
                : among.stream().filter(u -> u.agencyCode().equals(r.substring(0, colon)) && u.code().equals(r.substring(colon + 1)));
        List<UnitSummary> found = fits.toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    static String ref(UnitSummary u) {
        return u.agencyCode() + ":" + u.code();
    }
}
