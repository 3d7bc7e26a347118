package org.liaison.cooperation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.cooperation.HandlingCondition;
import org.liaison.cooperation.InformationAccuracy;
import org.liaison.cooperation.SourceReliability;
import org.liaison.persons.CrimeArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An information report: written by an officer of one agency for a counterpart unit of the other, with the
 * conditions its use is bound to. The sender's node keeps the original, the recipient's a read-only copy with the
 * same id. Only who handles it on each side (assignment, forwards) changes after it was sent.
 */
class InformationReport {

    @Id
    private final UUID id;
    private final String originAgency;
    private final boolean own;
    private final String senderUnit;
    private final String recipientAgency;
    private final String recipientUnit;
    /** This node's id of the own side's unit: the sender's unit here, or the unit it was sent to. */
    private final Long ownUnitId;
    private final String title;
    private final String body;
    private final String lang;
    private final CrimeArea crimeArea;
    private final String placeAgency;
    private final String placeUnit;
    private final String gate;
    private final String placeText;
    private final LocalDate factsOn;
    private final LocalTime factsAt;
    private final SourceReliability reliability;
    private final InformationAccuracy accuracy;
    private final String conditions;
    private final String otherConditions;
    private final String authorName;
    private final String createdBy;
    private final long sentMs;
    private final long receivedMs;
    private final UUID messageId;
    private String assignedTo;
    @Version
    private Integer version;

    @PersistenceCreator
    InformationReport(UUID id, String originAgency, boolean own, String senderUnit, String recipientAgency,
                      String recipientUnit, Long ownUnitId, String title, String body, String lang, CrimeArea crimeArea,
                      String placeAgency, String placeUnit, String gate, String placeText, LocalDate factsOn,
                      LocalTime factsAt, SourceReliability reliability, InformationAccuracy accuracy, String conditions,
                      String otherConditions, String authorName, String createdBy, long sentMs, long receivedMs,
                      UUID messageId, String assignedTo, Integer version) {
        this.id = id;
        this.originAgency = originAgency;
        this.own = own;
        this.senderUnit = senderUnit;
        this.recipientAgency = recipientAgency;
        this.recipientUnit = recipientUnit;
        this.ownUnitId = ownUnitId;
        this.title = title;
        this.body = body;
        this.lang = lang;
        this.crimeArea = crimeArea;
        this.placeAgency = placeAgency;
        this.placeUnit = placeUnit;
        this.gate = gate;
        this.placeText = placeText;
        this.factsOn = factsOn;
        this.factsAt = factsAt;
        this.reliability = reliability;
        this.accuracy = accuracy;
        this.conditions = conditions;
        this.otherConditions = otherConditions;
        this.authorName = authorName;
        this.createdBy = createdBy;
        this.sentMs = sentMs;
        this.receivedMs = receivedMs;
        this.messageId = messageId;
        this.assignedTo = assignedTo;
        this.version = version;
    }

    /** A report written here, about to be sent; {@code message} is the exchange message that carries it. */
    static InformationReport written(UUID id, String agency, String senderUnit, long ownUnitId, String recipientAgency,
                                     String recipientUnit, ReportContent c, String authorName, String createdBy,
                                     long sentMs, UUID message) {
        return new InformationReport(id, agency, true, senderUnit, recipientAgency, recipientUnit, ownUnitId, c.title(),
                c.body(), c.lang(), c.crimeArea(), c.placeAgency(), c.placeUnit(), c.gate(), c.placeText(), c.factsOn(),
                c.factsAt(), c.reliability(), c.accuracy(), encode(c.conditions()), c.otherConditions(), authorName,
                createdBy, sentMs, 0, message, "", null);
    }

    /** A partner's report as it arrived for one of this node's units. */
    static InformationReport received(UUID id, String originAgency, String senderUnit, String recipientAgency,
                                      String recipientUnit, Long ownUnitId, ReportContent c, String authorName,
                                      long sentMs, long receivedMs, UUID message) {
        return new InformationReport(id, originAgency, false, senderUnit, recipientAgency, recipientUnit, ownUnitId,
                c.title(), c.body(), c.lang(), c.crimeArea(), c.placeAgency(), c.placeUnit(), c.gate(), c.placeText(),
                c.factsOn(), c.factsAt(), c.reliability(), c.accuracy(), encode(c.conditions()), c.otherConditions(),
                authorName, "", sentMs, receivedMs, message, "", null);
    }

    ReportContent content() {
        return new ReportContent(title, body, lang, crimeArea, placeAgency, placeUnit, gate, placeText, factsOn, factsAt,
                reliability, accuracy, conditionSet(), otherConditions);
    }

    Set<HandlingCondition> conditionSet() {
        Set<HandlingCondition> set = EnumSet.noneOf(HandlingCondition.class);
        Arrays.stream(conditions.split(",")).filter(s -> !s.isBlank()).map(HandlingCondition::valueOf).forEach(set::add);
        return set;
    }

    private static String encode(Set<HandlingCondition> conditions) {
        return conditions.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Refuses passing the report on when its sender forbade it; the sender's own report is theirs to pass on.
     */
    void checkMayPassOn() {
        if (!own && conditionSet().contains(HandlingCondition.NO_ONWARD_SHARING_WITHOUT_CONSENT)) {
            throw CooperationRefused.conflict("cooperation.report.error.noOnwardSharing", originAgency);
        }
    }

    void assignTo(String username) {
        this.assignedTo = username;
    }

    UUID id() { return id; }
    String originAgency() { return originAgency; }
    boolean own() { return own; }
    String senderUnit() { return senderUnit; }
    String recipientAgency() { return recipientAgency; }
    String recipientUnit() { return recipientUnit; }
    Long ownUnitId() { return ownUnitId; }
    String title() { return title; }
    CrimeArea crimeArea() { return crimeArea; }
    String authorName() { return authorName; }
    String createdBy() { return createdBy; }
    long sentMs() { return sentMs; }
    long receivedMs() { return receivedMs; }
    UUID messageId() { return messageId; }
    String assignedTo() { return assignedTo; }
    Integer version() { return version; }

    /** The agency on the other side of the border from this node. */
    String partnerAgency() {
        return own ? recipientAgency : originAgency;
    }
}
