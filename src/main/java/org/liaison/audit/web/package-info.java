/** The auditor's pages and JSON API: search the log, verify the chain, export it for an archive. */
package org.liaison.audit.web;
