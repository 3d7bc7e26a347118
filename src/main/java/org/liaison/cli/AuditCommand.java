package org.liaison.cli;

import java.io.PrintWriter;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditVerification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** {@code audit verify}: checks the node's hash-chained audit log and names the first broken row. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the node's audit log.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand extends CommandGroup {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify the audit log's hash chain; exit 0 when intact, 3 when broken.")
    static final class Verify extends OfflineNodeCommand {

        @Override
        int run(ConfigurableApplicationContext node, PrintWriter out) {
            AuditVerification result = node.getBean(AuditLog.class).verify();
            out.println(result.describe());
            return result.intact() ? 0 : 3;
        }
    }
}
