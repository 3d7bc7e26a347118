package org.liaison.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.liaison.cli.DemoCommand;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two paired demo nodes, Cao Bang (VN-CB) and Guangxi (CN-GX), started once per test JVM on free ports with a
 * fresh data folder under {@code target/e2e/}, and stopped when the JVM exits. As an extension it starts them before
 * the test class, so the start-up is not billed to the first test; {@link #caoBang()} and {@link #guangxi()} say where
 * they listen.
 */
public final class DemoNodes implements BeforeAllCallback {

    /** The password of every demo user (seeded by the directory module in demo mode). */
    public static final String PASSWORD = "liaison-demo";

    private static Map<String, Node> running;

    /** Cao Bang's node, VN-CB. */
    public static Node caoBang() {
        return running().get("VN-CB");
    }

    /** Guangxi's node, CN-GX. */
    public static Node guangxi() {
        return running().get("CN-GX");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running();
    }

    private static synchronized Map<String, Node> running() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static Map<String, Node> start() {
        try {
            Path parent = Files.createDirectories(Path.of(System.getProperty("basedir", ""), "target", "e2e"));
            Path dataDir = Files.createTempDirectory(parent, "demo-");
            int[] ports = freePorts(2);
            long started = System.nanoTime();
            List<ConfigurableApplicationContext> contexts = DemoCommand.start(dataDir, ports[0], ports[1]);
            System.out.printf("Demo nodes started in %d ms on ports %d and %d, data in %s%n",
                    (System.nanoTime() - started) / 1_000_000, ports[0], ports[1], dataDir);
            // Not @AfterAll: the nodes serve every test class in this JVM. Spring Boot's own hook would close the
            // contexts too; this one also removes the data folder once they are down.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                contexts.forEach(ConfigurableApplicationContext::close);
                deleteRecursively(dataDir);
            }, "demo-nodes-shutdown"));
            return contexts.stream().map(Node::of).collect(Collectors.toUnmodifiableMap(Node::agency, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holds all sockets open until every port is chosen, so the ports differ from each other. */
    public static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                socket.setReuseAddress(true);
                sockets.add(socket);
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // the JVM is exiting; a leftover folder under target/ does no harm
        }
    }

    /** One running node: its agency code, where a browser reaches it, and its beans for tests that set things up. */
    public record Node(String agency, URI baseUri, ConfigurableApplicationContext context) {

        static Node of(ConfigurableApplicationContext context) {
            var env = context.getEnvironment();
            return new Node(env.getRequiredProperty("liaison.node.agency"),
                    URI.create("http://localhost:" + env.getRequiredProperty("server.port") + "/"), context);
        }

        /** A bean of the running node, e.g. to create an officer's API token. */
        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        /** The absolute URL of a path on this node, e.g. {@code url("/login")}. */
        public String url(String path) {
            return baseUri.resolve(path).toString();
        }

        /** Logs a demo user in through the log-in form and waits for the home page. */
        public void logIn(Page page, String username) {
            page.navigate(url("/login"));
            page.getByTestId("username").fill(username);
            page.getByTestId("password").fill(PASSWORD);
            page.getByTestId("login").click();
            assertThat(page).hasURL(url("/"));
        }
    }
}
