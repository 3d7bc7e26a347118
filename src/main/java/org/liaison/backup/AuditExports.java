package org.liaison.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** Writes the node's audit log, or the rows of a period, as a signed {@link AuditExportFile}. */
public interface AuditExports {

    /**
     * Streams the rows whose time falls on the days {@code from} to {@code to} (both included, in the node's time
     * zone; null for no bound), oldest first, then the signed manifest. The export itself is an audit row.
     *
     * @param by         who asks, for the audit row
     * @param remoteAddr where from, or empty
     */
    AuditExportFile.Manifest write(LocalDate from, LocalDate to, OutputStream out, String by, String remoteAddr)
            throws IOException;
}
