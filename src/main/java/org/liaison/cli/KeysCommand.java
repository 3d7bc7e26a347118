package org.liaison.cli;

import java.util.concurrent.Callable;
import org.liaison.exchange.PeerCard;
import org.liaison.exchange.Peers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The node's key pairs (with the node stopped). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Generate or rotate this node's keys.",
        subcommands = {KeysCommand.Generate.class, KeysCommand.Rotate.class})
final class KeysCommand extends CommandGroup {

    static void print(PeerCard card, java.io.PrintWriter out) {
        out.println("node " + card.nodeId() + " (" + card.agency() + ")");
        card.fingerprints().forEach(f -> out.println("  " + f));
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Create the node's keys if it has none (a node also does this on first start); prints fingerprints.")
    static final class Generate implements Callable<Integer> {
        @Mixin
        NodeOptions node = new NodeOptions();
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var ctx = NodeLauncher.startOffline(node.settings(spec.commandLine()))) {
                print(ctx.getBean(Peers.class).ownCard(), spec.commandLine().getOut());
                return 0;
            }
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "New keys; the old ones still verify and decrypt for the grace period. Partners re-import the card.")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        NodeOptions node = new NodeOptions();
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var ctx = NodeLauncher.startOffline(node.settings(spec.commandLine()))) {
                print(ctx.getBean(Peers.class).rotateKeys("cli"), spec.commandLine().getOut());
                spec.commandLine().getOut().println("send the new card to partners: peer export");
                return 0;
            }
        }
    }
}
