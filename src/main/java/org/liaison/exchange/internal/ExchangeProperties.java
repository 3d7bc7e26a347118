package org.liaison.exchange.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Exchange limits and timings ({@code liaison.exchange.*}).
 *
 * @param clockSkew        how far an envelope's creation time may be from this node's clock
 * @param maxEnvelopeBytes largest envelope body accepted
 * @param maxMessageBytes  largest single payload accepted for sending
 * @param batchSize        most messages sealed into one envelope
 * @param retryWindow      how long undelivered messages are retried before they fail
 * @param maxBackoff       longest pause between attempts to reach a partner
 * @param keyGrace         how long a rotated-out key still verifies and decrypts
 * @param requestTimeout   how long to wait for a partner's answer
 * @param clockOffset      added to this node's clock when it stamps and checks envelopes; zero except in the
 *                         clock-skew drill, which rehearses a node whose clock is wrong
 */
@ConfigurationProperties("liaison.exchange")
record ExchangeProperties(Duration clockSkew, Long maxEnvelopeBytes, Long maxMessageBytes, Integer batchSize,
                          Duration retryWindow, Duration maxBackoff, Duration keyGrace, Duration requestTimeout,
                          Duration clockOffset) {

    ExchangeProperties {
        clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
        maxEnvelopeBytes = maxEnvelopeBytes == null ? 16L * 1024 * 1024 : maxEnvelopeBytes;
        maxMessageBytes = maxMessageBytes == null ? 1024L * 1024 : maxMessageBytes;
        batchSize = batchSize == null ? 500 : batchSize;
        retryWindow = retryWindow == null ? Duration.ofDays(14) : retryWindow;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
        keyGrace = keyGrace == null ? Duration.ofDays(30) : keyGrace;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(15) : requestTimeout;
        clockOffset = clockOffset == null ? Duration.ZERO : clockOffset;
    }

    /** This node's time for the exchange, in epoch milliseconds. */
    long now() {
        return System.currentTimeMillis() + clockOffset.toMillis();
    }
}
