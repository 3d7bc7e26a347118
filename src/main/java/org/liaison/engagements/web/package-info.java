/** The engagements module's pages (records, forms, follow-up) and its REST API under {@code /api/v1/engagements}. */
package org.liaison.engagements.web;
