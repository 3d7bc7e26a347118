package org.liaison.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster made with the machine's own PostgreSQL programs ({@code initdb}, {@code pg_ctl}),
 * listening on loopback only, trusting local connections: what the database-restart drill stops and starts under
 * the nodes' feet. PostgreSQL refuses to run as root, so as root its programs run as the {@code postgres} user.
 */
final class PostgresServer {

    static final String USER = "liaison";

    private final Path bin;
    private final Path home;
    private final int port;
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));

    private PostgresServer(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.port = port;
    }

    /** Creates the cluster in {@code home} (not started); {@code bin} may be null to take the newest installed one. */
    static PostgresServer create(Path bin, Path home) throws Exception {
        Path programs = bin != null ? bin : installed().orElseThrow(() -> new IOException(
                "no PostgreSQL programs found (looked for initdb and pg_ctl in /usr/lib/postgresql/*/bin and on the PATH);"
                        + " install Debian's postgresql package or give --pg-bin"));
        if (!Files.isExecutable(programs.resolve("initdb")) || !Files.isExecutable(programs.resolve("pg_ctl"))) {
            throw new IOException(programs + " holds no initdb and pg_ctl");
        }
        PostgresServer server = new PostgresServer(programs, Files.createDirectories(home), ExchangeBench.freePort());
        server.ownedByPostgres();
        server.run("initdb", "-D", server.data().toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-locale");
        return server;
    }

    /** The newest {@code /usr/lib/postgresql/<version>/bin}, else the folder of {@code pg_ctl} on the PATH. */
    static Optional<Path> installed() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of)
                .filter(d -> Files.isExecutable(d.resolve("pg_ctl")))
                .map(d -> d.resolve("pg_ctl").toAbsolutePath())
                .map(PostgresServer::realParent).findFirst();
    }

    private static Path realParent(Path program) {
        try {
            return program.toRealPath().getParent();
        } catch (IOException e) {
            return program.getParent();
        }
    }

    private static int versionOf(String folder) {
        try {
            return Integer.parseInt(folder);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    void start() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data().toString(), "-l", home.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c max_connections=60", "start");
    }

    /** {@code immediate} ends the server the way a crash does (recovery on the next start); {@code fast} cleanly. */
    void stop(String mode) throws IOException, InterruptedException {
        run("pg_ctl", "-D", data().toString(), "-m", mode, "-w", "stop");
    }

    boolean running() throws InterruptedException {
        try {
            run("pg_ctl", "-D", data().toString(), "status");
            return true;
        } catch (IOException notRunning) {
            return false;
        }
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Path log() {
        return home.resolve("server.log");
    }

    private Path data() {
        return home.resolve("data");
    }

    /** As root, the cluster's folder belongs to postgres, and the folders above it let postgres through. */
    private void ownedByPostgres() throws IOException {
        if (!asRoot) {
            return;
        }
        UserPrincipal postgres = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(home, postgres);
        for (Path p = home.getParent(); p != null && !p.equals(p.getRoot()); p = p.getParent()) {
            var perms = Files.getPosixFilePermissions(p);
            if (perms.addAll(PosixFilePermissions.fromString("--x--x--x"))) {
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asRoot) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(program + " " + String.join(" ", args) + " failed: " + output.strip());
        }
    }
}
