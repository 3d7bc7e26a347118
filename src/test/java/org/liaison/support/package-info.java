/** Test support: a real PostgreSQL for persistence tests, fixtures. */
package org.liaison.support;
