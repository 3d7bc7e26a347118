package org.liaison.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.liaison.audit.AuditLog;
import org.liaison.audit.AuditVerification;
import org.liaison.backup.AuditExportFile;
import org.liaison.backup.AuditExports;
import org.liaison.exchange.PeerCard;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code audit verify}: checks the node's hash-chained audit log and names the first broken row. {@code audit export}
 * writes it (or a period of it) as a signed JSON Lines file for an external archive; {@code audit verify-export}
 * checks such a file without the node.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the node's audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class, AuditCommand.VerifyExport.class})
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

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export the audit log as JSON Lines: every row with its hashes, then a manifest signed",
                    "with the node's key. Running node: --node URL --token TOKEN (an auditor's API token; or",
                    "LIAISON_TOKEN). Stopped node: --data-dir DIR (or --config FILE)."})
    static final class Export implements Callable<Integer> {

        @Mixin
        NodeOptions node = new NodeOptions();

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the export.")
        Path out;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (node's time zone); default: the log's start.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, included; default: up to now.")
        LocalDate to;

        @Option(names = "--node", paramLabel = "URL", description = "Base URL of the running node.")
        URI url;

        @Option(names = "--token", paramLabel = "TOKEN", description = "An auditor's API token (default: $LIAISON_TOKEN).")
        String token;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (from != null && to != null && from.isAfter(to)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
            }
            if (out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "folder not found: " + out.getParent());
            }
            Path partial = out.resolveSibling(out.getFileName() + ".part");
            if (url != null) {
                fromRunningNode(partial);
            } else {
                try (var ctx = NodeLauncher.startOffline(node.settings(spec.commandLine()));
                     OutputStream file = Files.newOutputStream(partial)) {
                    ctx.getBean(AuditExports.class).write(from, to, file, "cli", "");
                }
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            AuditExportFile.Verification written = AuditExportFile.verify(out, null);
            spec.commandLine().getOut().println("audit export written to " + out + ": " + written.rows() + " rows"
                    + (written.rows() == 0 ? "" : " (" + written.manifest().firstSeq() + "-" + written.manifest().lastSeq() + ")"));
            return 0;
        }

        private void fromRunningNode(Path partial) throws IOException, InterruptedException {
            String query = "?from=" + (from == null ? "" : from) + "&to=" + (to == null ? "" : to);
            NodeDownload.toFile(spec.commandLine(), url, "/api/v1/audit/export" + query, token, "an auditor's", partial);
        }
    }

    @Command(name = "verify-export", mixinStandardHelpOptions = true,
            description = {"Check an audit export without the node: re-compute the rows' hash chain, check the",
                    "manifest and, with the node's peer card, its signature. Exit 0 when intact, 3 when not."})
    static final class VerifyExport implements Callable<Integer> {

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The export to check.")
        Path file;

        @Option(names = {"--peer-card", "--public-key"}, paramLabel = "CARD",
                description = "The exporting node's peer card ('peer export'), whose signing keys check the signature.")
        Path card;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "file not found: " + file);
            }
            PeerCard peer = null;
            if (card != null) {
                try {
                    peer = JsonMapper.builder().build().readValue(Files.readString(card), PeerCard.class);
                } catch (IOException | JacksonException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "not a peer card: " + card);
                }
            }
            AuditExportFile.Verification result = AuditExportFile.verify(file, peer);
            spec.commandLine().getOut().println(result.describe());
            return result.intact() ? 0 : 3;
        }
    }
}
