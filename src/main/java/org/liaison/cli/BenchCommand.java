package org.liaison.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks, run on purpose (never in the test suite); each prints one {@code name=value} line per figure. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and robustness; one name=value line per figure.",
        subcommands = {ExchangeBench.class, ExchangeCrashBench.class, MatchingBench.class, WebBench.class})
final class BenchCommand extends CommandGroup {
}
