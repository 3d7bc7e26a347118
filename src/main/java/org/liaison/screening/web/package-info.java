/** The screening pages (search box, alerts, hit review, file screening) and the REST API under /api/v1/screening. */
package org.liaison.screening.web;
