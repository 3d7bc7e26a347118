/**
 * Joint cases: a crime area, titles in both languages, participating units, linked persons, seizures, links to
 * reports and requests, and each side's own tasks. A case shared with a partner stays in step on both nodes; only
 * the originating agency changes its shared core, the partner proposes changes. Other modules read the figures
 * for statistics through {@link org.liaison.cases.Cases}.
 */
package org.liaison.cases;
