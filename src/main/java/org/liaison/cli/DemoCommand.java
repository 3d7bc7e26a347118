package org.liaison.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaison.exchange.Peers;
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
        return start(dataDir, vnPort, cnPort, Map.of());
    }

    /** Starts both demo nodes with extra settings (tests shorten timings this way). */
    public static List<ConfigurableApplicationContext> start(Path dataDir, int vnPort, int cnPort, Map<String, Object> extra) {
        var vn = startVn(dataDir, vnPort, cnPort, extra);
        var cn = startCn(dataDir, cnPort, vnPort, extra);
        pair(vn, cn);
        return List.of(vn, cn);
    }

    public static ConfigurableApplicationContext startVn(Path dataDir, int port, int partnerPort, Map<String, Object> extra) {
        Map<String, Object> s = demoNode("VN-CB", dataDir.resolve("vn-cb"), port, partnerPort);
        s.putAll(extra);
        return NodeLauncher.startNode(s);
    }

    public static ConfigurableApplicationContext startCn(Path dataDir, int port, int partnerPort, Map<String, Object> extra) {
        Map<String, Object> s = demoNode("CN-GX", dataDir.resolve("cn-gx"), port, partnerPort);
        s.putAll(extra);
        return NodeLauncher.startNode(s);
    }

    /** The demo nodes come paired: each imports the other's card (again on every start, keys may have rotated). */
    public static void pair(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        Peers pa = a.getBean(Peers.class);
        Peers pb = b.getBean(Peers.class);
        pa.importCard(pb.ownCardJson(), "demo");
        pb.importCard(pa.ownCardJson(), "demo");
    }

    static Map<String, Object> demoNode(String agency, Path dir, int port, int partnerPort) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("liaison.node.agency", agency);
        s.put("liaison.node.data-dir", dir.toAbsolutePath().toString());
        s.put("spring.datasource.url", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/liaison")
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;DB_CLOSE_ON_EXIT=FALSE");
        s.put("liaison.node.demo", "true");
        s.put("liaison.node.public-url", "http://localhost:" + port);
        s.put("liaison.demo.partner-url", "http://localhost:" + partnerPort);
        s.put("server.port", port);
        s.put("spring.application.name", "liaison-" + agency.toLowerCase());
        return s;
    }
}
