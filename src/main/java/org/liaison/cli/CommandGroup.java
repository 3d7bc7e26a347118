package org.liaison.cli;

import picocli.CommandLine;

/** A command that only groups sub-commands: called alone, it prints its usage. */
abstract class CommandGroup implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
