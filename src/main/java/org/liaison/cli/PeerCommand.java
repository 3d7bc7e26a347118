package org.liaison.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.liaison.exchange.Peers;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Pairing from the command line (with the node stopped; a running node pairs in its admin pages). */
@Command(name = "peer", mixinStandardHelpOptions = true, description = "Export this node's peer card, import a partner's, list partners.",
        subcommands = {PeerCommand.Export.class, PeerCommand.Import.class, PeerCommand.ListPeers.class})
final class PeerCommand extends CommandGroup {

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print (or write) this node's peer card.")
    static final class Export extends OfflineNodeCommand {
        @Option(names = "--out", paramLabel = "FILE", description = "Write the card to FILE instead of printing it.")
        Path file;

        @Override
        int run(ConfigurableApplicationContext node, PrintWriter out) throws Exception {
            String card = node.getBean(Peers.class).ownCardJson();
            if (file != null) {
                Files.writeString(file, card, StandardCharsets.UTF_8);
                out.println("peer card written to " + file);
            } else {
                out.println(card);
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a partner's peer card from FILE.")
    static final class Import extends OfflineNodeCommand {
        @Parameters(paramLabel = "FILE", description = "The partner's card (JSON).")
        Path file;

        @Override
        void validate() throws Exception {
            if (!Files.isRegularFile(file) || Files.size(file) > 64 * 1024) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not a readable card file (max 64 KB): " + file);
            }
        }

        @Override
        int run(ConfigurableApplicationContext node, PrintWriter out) throws Exception {
            try {
                var peer = node.getBean(Peers.class).importCard(Files.readString(file), "cli");
                out.println("paired with " + peer.agency() + " (" + peer.nodeId() + ") at " + peer.baseUrl()
                        + "; fingerprints " + peer.fingerprints());
                return 0;
            } catch (Peers.InvalidPeerCardException e) {
                spec.commandLine().getErr().println("liaison: card refused: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List partners with their queues.")
    static final class ListPeers extends OfflineNodeCommand {

        @Override
        int run(ConfigurableApplicationContext node, PrintWriter out) {
            var peers = node.getBean(Peers.class).list();
            if (peers.isEmpty()) {
                out.println("no partners yet (peer import FILE)");
            }
            for (var p : peers) {
                out.printf("%-8s %-20s %-30s queued=%d awaiting_release=%d failed=%d last_contact=%s%s%n", p.agency(),
                        p.nodeId(), p.baseUrl(), p.queueDepth(), p.awaitingRelease(), p.failed(),
                        p.lastContact() == null ? "never" : p.lastContact(),
                        p.lastError().isEmpty() ? "" : " last_error=\"" + p.lastError() + "\"");
            }
            return 0;
        }
    }
}
