package org.liaison.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditVerification;
import org.liaison.backup.BackupArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code restore}: puts a backup archive into a stopped or fresh node's data folder, then proves it: every table's
 * row count equals the archive's manifest and the audit log's hash chain is intact.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup archive into a stopped node's data folder (--data-dir DIR).",
                "Checks every table's row count against the archive and verifies the audit log.",
                "Exit 0 when complete, 3 when a count differs or the audit log is broken."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    NodeOptions node = new NodeOptions();

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup archive.")
    Path archive;

    @Option(names = "--force", description = "Replace a database and keys already in the data folder (moved aside, not deleted).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> settings = node.settings(spec.commandLine());
        Object dir = settings.get("liaison.node.data-dir");
        if (dir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "restore needs --data-dir DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        BackupArchive.Restored restored;
        try {
            restored = BackupArchive.restore(archive, Path.of(dir.toString()), force);
        } catch (BackupArchive.RestoreRefusedException e) {
            spec.commandLine().getErr().println("liaison: restore refused: " + e.getMessage());
            return 1;
        }
        restored.movedAside().forEach(p -> out.println("kept the previous data as " + p));
        var manifest = restored.manifest();
        out.printf("restored the %s backup of %s into %s: %d tables, %d rows%n", manifest.agency(), manifest.created(), dir,
                restored.rowCounts().size(), restored.rowCounts().values().stream().mapToLong(Long::longValue).sum());
        var differences = manifest.differences(restored.rowCounts());
        differences.forEach((table, diff) -> out.println("  row count differs in " + table + ": " + diff));
        settings.putIfAbsent("liaison.node.agency", manifest.agency());
        AuditVerification audit;
        try (var ctx = NodeLauncher.startOffline(settings)) {
            audit = ctx.getBean(AuditLog.class).verify();
        }
        out.println(audit.describe());
        boolean complete = differences.isEmpty() && audit.intact();
        out.println(complete ? "restore complete: every record is back" : "restore INCOMPLETE");
        return complete ? 0 : 3;
    }
}
