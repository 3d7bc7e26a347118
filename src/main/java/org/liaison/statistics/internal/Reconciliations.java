package org.liaison.statistics.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reconciliation records of this node: per partner and period, the last figures of each side and each side's
 * agreement. A new exchange or agreement replaces the previous one of the same side.
 */
@Repository
public class Reconciliations {

    private static final TypeReference<Map<String, FiguresSnapshot.Line>> LINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    Reconciliations(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One side's figures as this node holds them; {@code receivedMs} is when they were stored here. */
    public record Stored(FiguresSnapshot snapshot, String fingerprint, long receivedMs) {
    }

    /**
     * One side's mark that the period is agreed.
     *
     * @param ownFingerprint     the agreeing side's figures it was given on
     * @param partnerFingerprint the other side's figures, as the agreeing side had received them
     */
    public record Agreement(String agency, String agreedBy, String agreedByName, long agreedMs, String note,
                            String ownFingerprint, String partnerFingerprint) {
    }

    public void save(Period p, FiguresSnapshot s, long receivedMs) {
        jdbc.update("DELETE FROM reconciliation_figures WHERE partner = ? AND period_from = ? AND period_to = ?"
                + " AND agency = ?", p.partner(), p.from(), p.to(), s.agency());
        jdbc.update("INSERT INTO reconciliation_figures (partner, period_from, period_to, agency, taken_ms, received_ms,"
                        + " fingerprint, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p.partner(), p.from(), p.to(),
                s.agency(), s.takenMs(), receivedMs, s.fingerprint(), json.writeValueAsString(s.lines()));
    }

    public Optional<Stored> figures(Period p, String agency) {
        return jdbc.query("SELECT taken_ms, received_ms, fingerprint, lines FROM reconciliation_figures"
                        + " WHERE partner = ? AND period_from = ? AND period_to = ? AND agency = ?",
                (rs, i) -> new Stored(new FiguresSnapshot(agency, p.from(), p.to(), rs.getLong(1),
                        json.readValue(rs.getString(4), LINES)), rs.getString(3), rs.getLong(2)),
                p.partner(), p.from(), p.to(), agency).stream().findFirst();
    }

    public void save(Period p, Agreement a) {
        jdbc.update("DELETE FROM reconciliation_agreement WHERE partner = ? AND period_from = ? AND period_to = ?"
                + " AND agency = ?", p.partner(), p.from(), p.to(), a.agency());
        jdbc.update("INSERT INTO reconciliation_agreement (partner, period_from, period_to, agency, agreed_by,"
                        + " agreed_by_name, agreed_ms, note, own_fingerprint, partner_fingerprint)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.partner(), p.from(), p.to(), a.agency(),
                a.agreedBy(), a.agreedByName(), a.agreedMs(), a.note(), a.ownFingerprint(), a.partnerFingerprint());
    }

    public Optional<Agreement> agreement(Period p, String agency) {
        return jdbc.query("SELECT agreed_by, agreed_by_name, agreed_ms, note, own_fingerprint, partner_fingerprint"
                        + " FROM reconciliation_agreement WHERE partner = ? AND period_from = ? AND period_to = ?"
                        + " AND agency = ?",
                (rs, i) -> new Agreement(agency, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), p.partner(), p.from(), p.to(), agency).stream().findFirst();
    }

    /** Whether anything was ever exchanged here: the demo seed fills an empty table only. */
    boolean empty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM reconciliation_figures", Long.class) == 0;
    }
}
