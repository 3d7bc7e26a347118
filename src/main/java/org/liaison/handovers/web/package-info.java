/** The handover pages, the printable bilingual handover record, and the REST API under {@code /api/v1/handovers}. */
package org.liaison.handovers.web;
