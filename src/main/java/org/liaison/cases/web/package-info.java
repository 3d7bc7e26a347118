/** The cases pages (list, case page, forms) and the REST API under {@code /api/v1/cases}. */
package org.liaison.cases.web;
