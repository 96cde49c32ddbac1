package org.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command. */
@Command(name = "corroborate", mixinStandardHelpOptions = true, version = "corroborate 0.1.0",
        description = "News story engine: what happened, who says so, and how sure to be.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, ServeCommand.class, IngestCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (0 ok, 1 some inputs rejected, 2 usage error). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 2);
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
