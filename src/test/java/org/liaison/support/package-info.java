/**
 * Test support: a real PostgreSQL for persistence tests, the two demo nodes and a real browser for end-to-end tests.
 */
package org.liaison.support;
