package org.liaison.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * Fault drills on two demo nodes run as separate processes from this jar: each drill breaks something the way it
 * breaks in the field, shows what the nodes did about it, repairs it, lets the exchange drain and prints
 * {@code lost=<n> duplicates=<n>}. Exit 0 when nothing was lost or duplicated, 3 otherwise.
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Fault drills on two local demo nodes; each prints what it did and lost=<n> duplicates=<n>.",
        subcommands = {DrillCommand.PartnerOffline.class, DrillCommand.ClockSkew.class, DrillCommand.DiskFull.class,
                DrillCommand.DatabaseRestart.class})
final class DrillCommand extends CommandGroup {

    /** Shared frame: two paired demo nodes in a temp folder, stopped at the end whatever happened. */
    abstract static class Drill implements Callable<Integer> {

        @Option(names = "--messages", description = "Test messages from Cao Bang to Guangxi (default ${DEFAULT-VALUE}).")
        int messages = 2_000;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        PrintWriter out;

        /** Set when the drill saw the system do what it must not (besides losing or duplicating). */
        boolean misbehaved;

        abstract long run(NodeProcess vn, NodeProcess cn) throws Exception;

        /** Before the nodes are made: set up their folders. */
        void prepare(Path dir) throws Exception {
        }

        /** Before a node runs anything: its settings (environment). */
        void configure(NodeProcess node) throws Exception {
        }

        /** After both nodes stopped, whatever happened. */
        void cleanup(Path dir) throws Exception {
        }

        @Override
        public final Integer call() throws Exception {
            if (messages < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--messages must be positive");
            }
            out = spec.commandLine().getOut();
            Path dir = Files.createTempDirectory("liaison-drill");
            say("data and node logs in " + dir + "; pairing two demo nodes");
            prepare(dir);
            NodeProcess[] pair = null;
            try {
                pair = NodeProcess.pairedDemo(dir, node -> {
                    try {
                        configure(node);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                long accepted = run(pair[0], pair[1]);
                say("waiting for the queue to drain");
                ProbeCount count = ProbeCount.drain(pair[0], pair[1], accepted, 600_000);
                count.print(out);
                return count.lost() == 0 && count.duplicates() == 0 && !misbehaved ? 0 : 3;
            } finally {
                if (pair != null) {
                    pair[0].stop();
                    pair[1].stop();
                }
                cleanup(dir);
            }
        }

        void say(String line) {
            out.println(line);
            out.flush();
        }

        /** What the sender knows about the partner: queue depth and the last delivery error. */
        String senderView(NodeProcess sender, String partner) throws Exception {
            for (JsonNode p : sender.get("/api/v1/admin/peers")) {
                if (partner.equals(p.path("agency").asString())) {
                    return "queue " + p.path("queueDepth").asLong() + ", last error: "
                            + (p.path("lastError").isNull() ? "none" : p.path("lastError").asString());
                }
            }
            return "no such partner";
        }
    }

    @Command(name = "partner-offline", mixinStandardHelpOptions = true,
            description = "Guangxi is down while Cao Bang keeps sending for --offline; then it comes back.")
    static final class PartnerOffline extends Drill {

        @Option(names = "--offline", description = "How long the partner stays down (default ${DEFAULT-VALUE}).")
        Duration offline = Duration.ofMinutes(2);

        @Override
        long run(NodeProcess vn, NodeProcess cn) throws Exception {
            vn.start();
            say("Cao Bang up; Guangxi stays down for " + offline.toSeconds() + " s while " + messages + " messages are queued");
            int rate = (int) Math.max(1, messages / Math.max(1, offline.toSeconds()));
            ProbeStream stream = ProbeStream.start(vn, "CN-GX", messages, rate);
            long accepted = stream.join();
            Thread.sleep(Math.max(0, offline.toMillis() - (long) messages * 1000 / rate));
            say("after " + offline.toSeconds() + " s offline, Cao Bang sees: " + senderView(vn, "CN-GX"));
            long back = System.nanoTime();
            cn.start();
            say("Guangxi back after " + offline.toSeconds() + " s");
            ProbeCount.drain(vn, cn, accepted, 600_000);
            say("drained " + accepted + " messages in " + Duration.ofNanos(System.nanoTime() - back).toMillis() + " ms after the partner came back");
            return accepted;
        }
    }

    @Command(name = "clock-skew", mixinStandardHelpOptions = true,
            description = {"Guangxi's exchange clock runs --skew ahead (setting liaison.exchange.clock-offset): its",
                    "partner refuses the envelopes and nothing is applied; when the clock is fixed, everything arrives once."})
    static final class ClockSkew extends Drill {

        @Option(names = "--skew", description = "How far ahead Guangxi's clock runs (default ${DEFAULT-VALUE}; allowed: 5 min).")
        Duration skew = Duration.ofMinutes(10);

        @Override
        long run(NodeProcess vn, NodeProcess cn) throws Exception {
            vn.start();
            cn.env.put("LIAISON_EXCHANGE_CLOCK_OFFSET", skew.toSeconds() + "s");
            cn.start();
            say("Cao Bang up; Guangxi up with its clock " + skew.toSeconds() + " s ahead; sending " + messages + " messages");
            long accepted = ProbeStream.start(vn, "CN-GX", messages, 500).join();
            Thread.sleep(5_000);
            long applied = cn.get("/api/v1/admin/exchange/probes/received").get("distinct").asLong();
            say("while skewed: Guangxi applied " + applied + " of " + accepted + "; Cao Bang sees: " + senderView(vn, "CN-GX"));
            if (applied != 0) {
                say("WRONG: messages were applied across a skewed clock");
                misbehaved = true;
            }
            cn.stop();
            cn.env.clear();
            cn.start();
            say("Guangxi's clock fixed and node restarted");
            return accepted;
        }
    }

    @Command(name = "disk-full", mixinStandardHelpOptions = true,
            description = {"Guangxi's data folder is a small tmpfs (needs root to mount) that a ballast file fills",
                    "while messages arrive; writes fail cleanly, the ballast is removed, the node restarted, and",
                    "everything arrives once."})
    static final class DiskFull extends Drill {

        @Option(names = "--disk-mb", description = "Size of Guangxi's disk (default ${DEFAULT-VALUE} MB).")
        int diskMb = 256;

        @Override
        void prepare(Path dir) throws Exception {
            Path data = Files.createDirectories(dir.resolve("cn-gx"));
            if (run("mount", "-t", "tmpfs", "-o", "size=" + diskMb + "m", "tmpfs", data.toString()) != 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot mount a tmpfs on " + data + " (this drill needs root)");
            }
        }

        @Override
        void cleanup(Path dir) throws Exception {
            run("umount", dir.resolve("cn-gx").toString());
        }

        @Override
        long run(NodeProcess vn, NodeProcess cn) throws Exception {
            vn.start();
            cn.start();
            Path ballast = cn.dir.resolve("ballast");
            long filled = fill(ballast, 64 * 1024);
            say("both up; Guangxi's " + diskMb + " MB disk filled with " + (filled >> 20) + " MB of ballast, "
                    + free(cn.dir) / 1024 + " KB left; sending " + messages + " messages");
            long accepted = ProbeStream.start(vn, "CN-GX", messages, 500).join();
            Thread.sleep(5_000);
            String applied;
            try {
                applied = "applied " + cn.get("/api/v1/admin/exchange/probes/received").get("distinct").asLong() + " of " + accepted;
            } catch (java.io.IOException e) {
                applied = "cannot answer (" + e.getMessage() + ")";
            }
            say("disk full: Guangxi " + applied + "; Cao Bang sees: " + senderView(vn, "CN-GX")
                    + "; Guangxi process alive: " + cn.alive());
            Files.delete(ballast);
            say("ballast removed (" + free(cn.dir) / (1024 * 1024) + " MB free); restarting Guangxi");
            cn.stop();
            cn.start();
            return accepted;
        }

        /** Writes zeros until only {@code leave} bytes are free; returns how many were written. */
        private static long fill(Path file, long leave) throws Exception {
            byte[] block = new byte[1 << 20];
            long written = 0;
            try (var out = Files.newOutputStream(file)) {
                while (free(file.getParent()) > leave + block.length) {
                    out.write(block);
                    written += block.length;
                }
                int rest = (int) Math.max(0, free(file.getParent()) - leave);
                out.write(block, 0, Math.min(rest, block.length));
                written += rest;
            }
            return written;
        }

        private static long free(Path dir) throws Exception {
            return Files.getFileStore(dir).getUsableSpace();
        }

        private static int run(String... command) throws Exception {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        }
    }

    @Command(name = "database-restart", mixinStandardHelpOptions = true,
            description = {"Both nodes keep their data in one PostgreSQL server, made for the drill with the machine's",
                    "PostgreSQL programs; while Cao Bang sends, the server is stopped (by default as in a crash) and",
                    "started again --restarts times; the nodes reconnect by themselves and everything arrives once."})
    static final class DatabaseRestart extends Drill {

        @Option(names = "--pg-bin", description = "Folder with initdb and pg_ctl (default: the newest in /usr/lib/postgresql).")
        Path pgBin;

        @Option(names = "--restarts", description = "How many times the database goes down (default ${DEFAULT-VALUE}).")
        int restarts = 2;

        @Option(names = "--down", converter = WebBench.DurationConverter.class, description = "How long it stays down each time, e.g. 5s (default 5s).")
        Duration down = Duration.ofSeconds(5);

        @Option(names = "--mode", description = "pg_ctl's stop mode: immediate (as a crash) or fast (default ${DEFAULT-VALUE}).")
        String mode = "immediate";

        @Option(names = "--rate", description = "Messages queued per second (default ${DEFAULT-VALUE}).")
        int rate = 100;

        private PostgresServer database;

        @Override
        void prepare(Path dir) throws Exception {
            if (restarts < 1 || rate < 1 || down.isNegative() || !List.of("immediate", "fast").contains(mode)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--restarts and --rate must be positive, --down not negative, --mode immediate or fast");
            }
            database = PostgresServer.create(pgBin, dir.resolve("postgres"));
            database.start();
            database.createDatabase("liaison_vn_cb");
            database.createDatabase("liaison_cn_gx");
            say("PostgreSQL started for the drill (log: " + database.log() + "), one database per node");
        }

        @Override
        void configure(NodeProcess node) {
            node.env.put("SPRING_DATASOURCE_URL", database.jdbcUrl("liaison_" + node.agency.toLowerCase().replace('-', '_')));
            node.env.put("SPRING_DATASOURCE_USERNAME", PostgresServer.USER);
            node.env.put("SPRING_DATASOURCE_PASSWORD", "");
            // waiting 30 s for a connection while the database is down would only hold requests longer
            node.env.put("SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT", "3000");
        }

        @Override
        long run(NodeProcess vn, NodeProcess cn) throws Exception {
            vn.start();
            cn.start();
            long streamMs = (long) messages * 1000 / rate;
            say("both nodes up on PostgreSQL; Cao Bang sends " + messages + " messages at " + rate + "/s over "
                    + streamMs / 1000 + " s; the database goes down (" + mode + ") " + restarts + " times for "
                    + down.toSeconds() + " s");
            ProbeStream stream = ProbeStream.start(vn, "CN-GX", messages, rate);
            long pause = Math.max(1_000, streamMs / (restarts + 1));
            for (int i = 1; i <= restarts; i++) {
                Thread.sleep(pause);
                database.stop(mode);
                long stopped = System.nanoTime();
                // a batch the node committed just before the stop may still be on its way back to the sender
                long settle = Math.min(1_000, down.toMillis() / 2);
                Thread.sleep(settle);
                long before = stream.accepted();
                Thread.sleep(down.toMillis() - settle);
                long whileDown = stream.accepted() - before;
                database.start();
                say("restart " + i + ": database down " + Duration.ofNanos(System.nanoTime() - stopped).toMillis()
                        + " ms; Cao Bang acknowledged " + whileDown + " messages meanwhile; nodes alive: "
                        + (vn.alive() && cn.alive()));
                if (whileDown > 0) {
                    say("WRONG: Cao Bang acknowledged messages while its database was down");
                    misbehaved = true;
                }
            }
            long accepted = stream.join();
            say("all " + accepted + " messages acknowledged; Cao Bang sees: " + senderView(vn, "CN-GX"));
            return accepted;
        }

        @Override
        void cleanup(Path dir) throws Exception {
            if (database != null && database.running()) {
                database.stop("fast");
            }
        }
    }
}
