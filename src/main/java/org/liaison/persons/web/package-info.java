/** The persons module's pages (persons, wanted notices) and its REST API under {@code /api/v1}. */
package org.liaison.persons.web;
