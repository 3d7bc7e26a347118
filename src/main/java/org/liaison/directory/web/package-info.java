/** The directory's pages and API for the logged-in officer: personal API tokens, "who am I". */
package org.liaison.directory.web;
