package org.liaison.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the two paired demo nodes: Cao Bang (VN-CB) on 8081 and Guangxi (CN-GX) on 8082. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the two paired demo nodes: Cao Bang (VN-CB) on http://localhost:8081 and Guangxi (CN-GX) on http://localhost:8082.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Parent data folder (default: liaison-data).")
    Path dataDir = Path.of("liaison-data");

    @Option(names = "--vn-port", description = "Port of the Cao Bang node (default 8081).")
    int vnPort = 8081;

    @Option(names = "--cn-port", description = "Port of the Guangxi node (default 8082).")
    int cnPort = 8082;

    @Override
    public Integer call() {
        List<ConfigurableApplicationContext> nodes = start(dataDir, vnPort, cnPort);
        System.out.printf("%nLiaison demo is running:%n  Cao Bang (VN-CB)  http://localhost:%d%n  Guangxi (CN-GX)   http://localhost:%d%n"
                + "Users and passwords: see README.md. Stop with Ctrl-C.%n", vnPort, cnPort);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> nodes.forEach(ConfigurableApplicationContext::close)));
        return LiaisonCommand.KEEP_RUNNING;
    }

    /** Starts both demo nodes; used by the command and by end-to-end tests. */
    public static List<ConfigurableApplicationContext> start(Path dataDir, int vnPort, int cnPort) {
        var vn = NodeLauncher.startNode(demoNode("VN-CB", dataDir.resolve("vn-cb"), vnPort, cnPort));
        var cn = NodeLauncher.startNode(demoNode("CN-GX", dataDir.resolve("cn-gx"), cnPort, vnPort));
        return List.of(vn, cn);
    }

    static Map<String, Object> demoNode(String agency, Path dir, int port, int partnerPort) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("liaison.node.agency", agency);
        s.put("liaison.node.data-dir", dir.toAbsolutePath().toString());
        s.put("liaison.node.demo", "true");
        s.put("liaison.node.public-url", "http://localhost:" + port);
        s.put("liaison.demo.partner-url", "http://localhost:" + partnerPort);
        s.put("server.port", port);
        s.put("spring.application.name", "liaison-" + agency.toLowerCase());
        return s;
    }
}
