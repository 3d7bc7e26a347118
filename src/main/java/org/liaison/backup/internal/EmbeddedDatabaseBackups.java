package org.liaison.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.backup.BackupArchive;
import org.liaison.backup.BackupManifest;
import org.liaison.backup.Backups;
import org.liaison.shared.NodeProperties;
import org.springframework.stereotype.Service;

/**
 * H2's {@code BACKUP TO} copies the database file under the database's own lock, so the snapshot is consistent while
 * officers and the exchange keep writing. The row counts for the manifest are read from that snapshot, not from the
 * live database, so they describe exactly what the archive holds.
 */
@Service
class EmbeddedDatabaseBackups implements Backups {

    private final DataSource dataSource;
    private final NodeProperties node;
    private final AuditLog audit;

    EmbeddedDatabaseBackups(DataSource dataSource, NodeProperties node, AuditLog audit) {
        this.dataSource = dataSource;
        this.node = node;
        this.audit = audit;
    }

    @Override
    public BackupManifest write(Path target, String actor) throws IOException {
        Path work = Files.createDirectories(node.dataDir().resolve("backups")).resolve(".work-" + System.nanoTime());
        Files.createDirectories(work);
        try {
            Path snapshotZip = work.resolve("snapshot.zip");
            snapshot(snapshotZip);
            Path database = work.resolve("liaison.mv.db");
            unzipDatabase(snapshotZip, database);
            SortedMap<String, Long> counts = BackupArchive.rowCounts(work.resolve("liaison"));
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, node.agency(), Instant.now(), counts);
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                manifest.writeTo(zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(BackupArchive.DATABASE_ENTRY));
                Files.copy(database, zip);
                zip.closeEntry();
                addKeys(zip);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            audit.append(new AuditEntry(actor, node.agency(), "BACKUP", "node", node.agency(), "",
                    manifest.rowCounts().size() + " tables, " + manifest.rows() + " rows, " + Files.size(target) + " bytes"));
            return manifest;
        } finally {
            BackupArchive.deleteRecursively(work);
        }
    }

    private void snapshot(Path zip) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                throw new BackupNotSupportedException("this node runs on " + product
                        + ": back it up with the database's own tools (pg_dump, see docs/operations.md)");
            }
            if (c.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                throw new BackupNotSupportedException("this node keeps its database in memory only: there is nothing to back up");
            }
            try (var st = c.createStatement()) {
                st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database snapshot failed: " + e.getMessage(), e);
        }
    }

    private static void unzipDatabase(Path snapshotZip, Path database) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(snapshotZip))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy(zip, database, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("the database snapshot holds no .mv.db file");
    }

    private void addKeys(ZipOutputStream zip) throws IOException {
        Path keys = node.dataDir().resolve("keys");
        if (!Files.isDirectory(keys)) {
            return;
        }
        try (var files = Files.walk(keys)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = keys.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                zip.putNextEntry(new ZipEntry(BackupArchive.KEYS_PREFIX + relative));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
    }
}
