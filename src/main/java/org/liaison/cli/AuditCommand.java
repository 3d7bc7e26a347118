package org.liaison.cli;

import java.util.concurrent.Callable;
import org.liaison.audit.AuditVerification;
import org.liaison.audit.AuditLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code audit verify}: checks the node's hash-chained audit log and names the first broken row. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the node's audit log.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand extends CommandGroup {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify the audit log's hash chain; exit 0 when intact, 3 when broken.")
    static final class Verify implements Callable<Integer> {

        @Mixin
        NodeOptions node = new NodeOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var ctx = NodeLauncher.startOffline(node.settings(spec.commandLine()))) {
                AuditVerification result = ctx.getBean(AuditLog.class).verify();
                var out = spec.commandLine().getOut();
                out.println(result.describe());
                out.flush();
                return result.intact() ? 0 : 3;
            }
        }
    }
}
