package org.liaison.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs one node, configured by a file, options or environment (LIAISON_NODE_AGENCY, SPRING_DATASOURCE_URL...). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run one agency node (configured by --config FILE or environment variables).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    NodeOptions node = new NodeOptions();

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default 8080).")
    Integer port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (port != null && (port < 1 || port > 65535)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "port must be 1-65535, got " + port);
        }
        Map<String, Object> settings = node.settings(spec.commandLine());
        if (port != null) {
            settings.put("server.port", port);
        }
        NodeLauncher.startNode(settings);
        return LiaisonCommand.KEEP_RUNNING;
    }
}
