package org.liaison.cli;

import java.io.PrintWriter;
import org.liaison.exchange.PeerCard;
import org.liaison.exchange.Peers;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** The node's key pairs (with the node stopped). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Generate or rotate this node's keys.",
        subcommands = {KeysCommand.Generate.class, KeysCommand.Rotate.class})
final class KeysCommand extends CommandGroup {

    static void print(PeerCard card, PrintWriter out) {
        out.println("node " + card.nodeId() + " (" + card.agency() + ")");
        card.fingerprints().forEach(f -> out.println("  " + f));
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Create the node's keys if it has none (a node also does this on first start); prints fingerprints.")
    static final class Generate extends OfflineNodeCommand {

        @Override
        int run(ConfigurableApplicationContext node, PrintWriter out) {
            print(node.getBean(Peers.class).ownCard(), out);
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "New keys; the old ones still verify and decrypt for the grace period. Partners re-import the card.")
    static final class Rotate extends OfflineNodeCommand {

        @Override
        int run(ConfigurableApplicationContext node, PrintWriter out) {
            print(node.getBean(Peers.class).rotateKeys("cli"), out);
            out.println("send the new card to partners: peer export");
            return 0;
        }
    }
}
