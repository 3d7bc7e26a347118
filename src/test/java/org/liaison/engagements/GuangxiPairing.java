package org.liaison.engagements;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.List;
import org.liaison.exchange.PeerCard;
import org.liaison.exchange.Peers;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pairs the node under test with a Guangxi node that never answers (its card names port 9, "discard"): records
 * can be kept with CN-GX, and what is shared waits in the outbox, where a test can read it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GuangxiPairing {

    @Bean
    ApplicationRunner pairWithGuangxi(Peers peers, JsonMapper json) {
        return args -> {
            if (peers.list().stream().noneMatch(p -> p.agency().equals("CN-GX"))) {
                peers.importCard(card(json), "test");
            }
        };
    }

    static String card(JsonMapper json) {
        ECKey signing = key(KeyUse.SIGNATURE);
        ECKey encryption = key(KeyUse.ENCRYPTION);
        return json.writeValueAsString(new PeerCard(PeerCard.FORMAT, "cn-gx-test", "CN-GX",
                "Guangxi Public Security Bureau", "http://127.0.0.1:9",
                List.of(signing.toPublicJWK().toJSONObject()), List.of(encryption.toPublicJWK().toJSONObject()),
                List.of(thumbprint(signing), thumbprint(encryption))));
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
