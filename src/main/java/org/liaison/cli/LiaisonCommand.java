package org.liaison.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code liaison} command and its sub-commands. */
@Command(name = "liaison",
        mixinStandardHelpOptions = true,
        version = "Liaison 0.1.0",
        description = "Cross-border police liaison: one node per agency, signed exchange between nodes.",
        subcommands = {ServeCommand.class, DemoCommand.class, PeerCommand.class, KeysCommand.class, AuditCommand.class,
                BackupCommand.class, RestoreCommand.class, DrillCommand.class, ScreenCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class LiaisonCommand implements Runnable {

    /** Exit code meaning "a server was started, keep the JVM alive". */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = run(args);
        if (exit != KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Parses and runs; bad arguments give a one-line error and exit code 2, never a stack trace. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new LiaisonCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("liaison: " + ex.getMessage() + " (see 'liaison --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("liaison: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
