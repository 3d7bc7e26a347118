package org.liaison.screening;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.MessageHandler;
import org.liaison.exchange.PeerCard;
import org.liaison.exchange.Peers;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Guangxi's node would send, applied on the node under test the way the exchange applies a message: through
 * the handler registered for its type, inside a transaction (so events reach their listeners after commit). And a
 * card that pairs the node with a Guangxi node nobody runs, so that messages to Guangxi queue.
 */
final class PartnerMessages {

    static final String GUANGXI = "CN-GX";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApplicationContext node;

    PartnerMessages(ApplicationContext node) {
        this.node = node;
    }

    /** A name of the wanted person: text, script, kind. */
    record Name(String text, String script, String kind) {
    }

    record Birth(String precision, Integer year, Integer month, Integer day) {
    }

    /** Guangxi shares an active notice for a person; returns nothing, the ids are the caller's. */
    void notice(UUID notice, UUID person, List<Name> names, String sex, Birth birth, String nationality) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("id", notice);
        payload.put("originAgency", GUANGXI);
        payload.put("charges", "走私、贩卖毒品罪（《刑法》第三百四十七条）。");
        payload.put("crimeArea", "DRUGS");
        payload.put("issuingAuthority", "崇左市公安局");
        payload.put("warrantReference", "崇公刑捕字〔2025〕第" + notice.toString().substring(0, 4) + "号");
        payload.put("dangerWarnings", "");
        payload.put("handlingCode", "LAW_ENFORCEMENT_ONLY");
        payload.put("status", "ACTIVE");
        payload.put("issuedMs", System.currentTimeMillis());
        var p = new LinkedHashMap<String, Object>();
        p.put("id", person);
        p.put("names", names);
        p.put("sex", sex);
        p.put("birthDate", birth);
        p.put("nationality", nationality);
        p.put("documents", List.of());
        payload.put("person", p);
        payload.put("photoWithheld", false);
        apply("persons.wanted-notice", JSON.writeValueAsString(payload));
    }

    /** Guangxi withdraws its notice. */
    void withdrawal(UUID notice) {
        apply("persons.wanted-notice-withdrawn", JSON.writeValueAsString(Map.of("id", notice,
                "status", "WITHDRAWN", "reason", "已撤销", "closedMs", System.currentTimeMillis())));
    }

    /** Applies a payload of the type as if it had just arrived from Guangxi. */
    void apply(String type, String payloadJson) {
        MessageHandler handler = node.getBeansOfType(MessageHandler.class).values().stream()
                .filter(h -> h.type().equals(type)).findFirst().orElseThrow();
        UUID id = UUID.randomUUID();
        node.getBean(TransactionTemplate.class).executeWithoutResult(tx -> handler.apply(new IncomingMessage(id,
                GUANGXI, type, 1, Instant.now(), id.toString(), id.toString(), payloadJson)));
    }

    /** Pairs the node with a Guangxi node at a port where nobody listens: messages to Guangxi queue and stay. */
    void pairWithGuangxi() {
        ECKey signing = key(KeyUse.SIGNATURE);
        ECKey encryption = key(KeyUse.ENCRYPTION);
        PeerCard card = new PeerCard(PeerCard.FORMAT, "cn-gx-test-" + System.nanoTime(), GUANGXI,
                "Guangxi Public Security Bureau", "http://127.0.0.1:9",
                List.of(signing.toPublicJWK().toJSONObject()), List.of(encryption.toPublicJWK().toJSONObject()),
                List.of(thumbprint(signing), thumbprint(encryption)));
        node.getBean(Peers.class).importCard(JSON.writeValueAsString(card), "test");
    }

    private static ECKey key(KeyUse use) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(use).keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String thumbprint(ECKey key) {
        try {
            return "SHA256:" + key.computeThumbprint("SHA-256");
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
