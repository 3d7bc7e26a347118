package org.liaison.backup;

import java.io.IOException;
import java.nio.file.Path;

/** Consistent backups of the running node. */
public interface Backups {

    /**
     * Writes a backup archive of this node to {@code target} (replaced if present): a consistent snapshot of the
     * embedded database taken while the node keeps working, the node's keys, and a manifest with the row count of
     * every table in the snapshot.
     *
     * @param actor who asked, for the audit log (a user name, or {@code cli} for the command line)
     * @throws BackupNotSupportedException when the node runs on a database the archive cannot hold (PostgreSQL)
     */
    BackupManifest write(Path target, String actor) throws IOException;

    /** The node's database cannot be backed up here; the message says what to do instead. */
    final class BackupNotSupportedException extends RuntimeException {
        public BackupNotSupportedException(String message) {
            super(message);
        }
    }
}
