/**
 * Backups of a node while it runs (embedded database and keys, with a manifest of what they hold) and their
 * restore into a stopped or fresh node. Name indexes are not in the archive: they are rebuilt from the database
 * when the node starts.
 */
package org.liaison.backup;
