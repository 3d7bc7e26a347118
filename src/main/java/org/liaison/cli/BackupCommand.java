package org.liaison.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.liaison.backup.BackupArchive;
import org.liaison.backup.BackupManifest;
import org.liaison.backup.Backups;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backup}: a consistent archive of a node's embedded database and keys. A running node is asked over HTTP with
 * an administrator's API token (it keeps working meanwhile); a stopped node is opened directly.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up a node's embedded database and keys into one zip archive.",
                "Running node: --node URL --token TOKEN (an administrator's API token; or LIAISON_TOKEN).",
                "Stopped node: --data-dir DIR (or --config FILE).",
                "The name index is not archived: it is rebuilt from the database when the node starts.",
                "PostgreSQL nodes: use pg_dump (docs/operations.md)."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    NodeOptions node = new NodeOptions();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the archive.")
    Path out;

    @Option(names = "--node", paramLabel = "URL", description = "Base URL of the running node, e.g. http://localhost:8081.")
    URI url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "An administrator's API token (default: $LIAISON_TOKEN).")
    String token;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "folder not found: " + out.getParent());
        }
        BackupManifest manifest = url != null ? fromRunningNode() : fromStoppedNode();
        o.printf("backup of %s written to %s: %d tables, %d rows, %d bytes%n", manifest.agency(), out,
                manifest.rowCounts().size(), manifest.rows(), Files.size(out));
        return 0;
    }

    private BackupManifest fromRunningNode() throws IOException, InterruptedException {
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        NodeDownload.toFile(spec.commandLine(), url, "/api/v1/admin/backup", token, "an administrator's", partial);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        return BackupArchive.manifest(out);
    }

    private BackupManifest fromStoppedNode() throws IOException {
        try (var ctx = NodeLauncher.startOffline(node.settings(spec.commandLine()))) {
            return ctx.getBean(Backups.class).write(out.toAbsolutePath(), "cli");
        } catch (RuntimeException e) {
            if (databaseInUse(e)) {
                throw new IllegalStateException("the node's database is in use by a running node: back it up through "
                        + "the node with --node URL --token TOKEN");
            }
            throw e;
        }
    }

    static boolean databaseInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && s.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }
}
