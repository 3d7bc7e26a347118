package org.liaison.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The archive format and the restore, which works on a stopped node's data folder (no running node needed).
 * Layout: {@code manifest.properties}, {@code db/liaison.mv.db}, {@code keys/...}.
 */
public final class BackupArchive {

    public static final String DATABASE_ENTRY = "db/liaison.mv.db";
    public static final String KEYS_PREFIX = "keys/";

    private BackupArchive() {
    }

    /** What a restore did. {@code movedAside} lists folders of the data folder kept under another name. */
    public record Restored(BackupManifest manifest, SortedMap<String, Long> rowCounts, List<Path> movedAside) {

        public boolean complete() {
            return manifest.differences(rowCounts).isEmpty();
        }
    }

    /** Refused restore: the message says why and nothing was changed. */
    public static final class RestoreRefusedException extends Exception {
        public RestoreRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Restores {@code archive} into {@code dataDir}. A data folder that already holds a database or keys is refused
     * unless {@code replace}; then they are moved aside to {@code db.before-restore-<time>} and
     * {@code keys.before-restore-<time>}, never deleted. The restored database's row counts are read back and
     * compared with the manifest.
     */
    public static Restored restore(Path archive, Path dataDir, boolean replace) throws IOException, RestoreRefusedException {
        if (!Files.isRegularFile(archive)) {
            throw new RestoreRefusedException("backup file not found: " + archive);
        }
        Path db = dataDir.resolve("db");
        Path keys = dataDir.resolve("keys");
        boolean occupied = Files.exists(db.resolve("liaison.mv.db")) || Files.isDirectory(keys) && !isEmpty(keys);
        if (occupied && !replace) {
            throw new RestoreRefusedException(dataDir + " already holds a node's database or keys; stop the node and add "
                    + "--force to replace them (they are moved aside, not deleted)");
        }
        if (Files.exists(db.resolve("liaison.mv.db"))) {
            refuseWhileInUse(db.resolve("liaison.mv.db"));
        }
        Path staging = Files.createDirectories(dataDir).resolve(".restore-" + System.nanoTime());
        BackupManifest manifest = extract(archive, staging);
        List<Path> movedAside = new ArrayList<>();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        for (String name : List.of("db", "keys")) {
            Path current = dataDir.resolve(name);
            if (Files.exists(current)) {
                Path aside = dataDir.resolve(name + ".before-restore-" + stamp);
                Files.move(current, aside);
                movedAside.add(aside);
            }
            Path restored = staging.resolve(name);
            if (Files.exists(restored)) {
                Files.move(restored, current, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteRecursively(staging);
        if (Files.isDirectory(keys)) {
            protectKeys(keys);
        }
        return new Restored(manifest, rowCounts(db.resolve("liaison")), movedAside);
    }

    /** Row count of every table of the embedded database at {@code base} (the path without {@code .mv.db}). */
    public static SortedMap<String, Long> rowCounts(Path base) throws IOException {
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "liaison", "liaison")) {
            return rowCounts(c);
        } catch (SQLException e) {
            throw new IOException("cannot open the database " + base + ": " + e.getMessage(), e);
        }
    }

    public static SortedMap<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        SortedMap<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
            }
        }
        return counts;
    }

    /**
     * A running node holds a lock on its database file (H2 locks it when it opens it). Taking that lock here fails
     * while any process, this one included, has the database open; the restore then stops before any change.
     */
    private static void refuseWhileInUse(Path file) throws RestoreRefusedException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(file);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(file);
        }
    }

    private static RestoreRefusedException inUse(Path file) {
        return new RestoreRefusedException("the database in " + file.getParent() + " is in use: stop the node before restoring into it");
    }

    private static BackupManifest extract(Path archive, Path staging) throws IOException, RestoreRefusedException {
        BackupManifest manifest = null;
        boolean database = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                if (name.equals(BackupManifest.ENTRY)) {
                    manifest = BackupManifest.readFrom(zip);
                } else if (name.equals(DATABASE_ENTRY) || name.startsWith(KEYS_PREFIX) && safe(name)) {
                    Path to = staging.resolve(name);
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to, StandardCopyOption.REPLACE_EXISTING);
                    database |= name.equals(DATABASE_ENTRY);
                } else {
                    deleteRecursively(staging);
                    throw new RestoreRefusedException("not a Liaison backup: unexpected entry '" + name + "'");
                }
            }
        } catch (java.util.zip.ZipException e) {
            deleteRecursively(staging);
            throw new RestoreRefusedException("not a Liaison backup (not a zip archive): " + archive);
        }
        if (manifest == null || !database) {
            deleteRecursively(staging);
            throw new RestoreRefusedException("not a Liaison backup: " + (manifest == null ? BackupManifest.ENTRY : DATABASE_ENTRY) + " is missing");
        }
        if (manifest.format() != BackupManifest.FORMAT) {
            deleteRecursively(staging);
            throw new RestoreRefusedException("backup format " + manifest.format() + " is not supported by this version (expects " + BackupManifest.FORMAT + ")");
        }
        return manifest;
    }

    /** Key file names only: no parent references, no absolute paths, no nested folders from elsewhere. */
    private static boolean safe(String name) {
        return !name.contains("..") && !name.contains("\\") && !name.startsWith("/") && name.length() > KEYS_PREFIX.length();
    }

    private static void protectKeys(Path keys) throws IOException {
        try {
            try (var files = Files.walk(keys)) {
                for (Path f : files.toList()) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwx------" : "rw-------"));
                }
            }
        } catch (UnsupportedOperationException notPosix) {
            // on a file system without POSIX permissions the folder keeps what the platform gives it
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Reads the manifest of an archive without restoring it. */
    public static BackupManifest manifest(Path archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(BackupManifest.ENTRY)) {
                    return BackupManifest.readFrom(zip);
                }
            }
        }
        throw new IOException("no " + BackupManifest.ENTRY + " in " + archive);
    }
}
