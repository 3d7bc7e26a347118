/**
 * Envelopes between agency nodes: JWS (ES256) inside JWE (ECDH-ES+A256GCM), transactional outbox, inbox with
 * exactly-once apply, signed receipts, retries with backoff, four-eyes release, message states.
 */
package org.liaison.exchange;
