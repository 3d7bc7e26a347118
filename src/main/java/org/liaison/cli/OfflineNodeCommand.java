package org.liaison.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** A command that opens one node's data without its web server, does its work, and closes the node again. */
abstract class OfflineNodeCommand implements Callable<Integer> {

    @Mixin
    NodeOptions node = new NodeOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Checks arguments before the node is started; throw a {@link CommandLine.ParameterException} to refuse. */
    void validate() throws Exception {
    }

    /** The work, with the node's beans at hand; returns the exit code. */
    abstract int run(ConfigurableApplicationContext node, PrintWriter out) throws Exception;

    @Override
    public final Integer call() throws Exception {
        validate();
        try (var ctx = NodeLauncher.startOffline(node.settings(spec.commandLine()))) {
            PrintWriter out = spec.commandLine().getOut();
            int code = run(ctx, out);
            out.flush();
            return code;
        }
    }
}
