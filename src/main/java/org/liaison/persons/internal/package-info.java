/**
 * The persons module's implementation: the person and wanted-notice aggregates, the rules that check a person's
 * particulars and identity numbers, the use cases the web layer calls, the exchange handlers and the demo seed.
 */
package org.liaison.persons.internal;
