package org.programmehealth.examples.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.programmehealth.InvalidAssessmentException;
import org.programmehealth.ProgrammeHealthException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code programme-health} command-line tool. Exit codes: 0 done; 1 a diagnostic at or above
 * {@code --fail-on}; 2 bad input or usage (the message names the file, the JSON path and, for
 * syntax errors, line and column); 3 an internal error. Never prints a stack trace.
 */
@Command(name = "programme-health", mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "Says which warning signs of 'Total Place: Lessons Learnt' (OPM, 2009) a programme's self-assessment shows.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a diagnostic at or above --fail-on was found",
            "2:bad input or usage", "3:internal error"})
public final class ProgrammeHealthCli implements Runnable {

    /**
     * The tool's commands, in the order its help lists them (then {@code help}). They are added when
     * the tool runs rather than named in {@code @Command(subcommands = ...)}: a run of one command builds
     * only that command's model, not every command's (picocli reads each command's options by
     * reflection, which was a sixth of a cold {@code assess}).
     */
    static final List<Class<?>> COMMANDS = List.of(AssessCommand.class, BatchCommand.class, ValidateCommand.class,
            TemplateCommand.class, QuestionnaireCommand.class, CatalogueCommand.class,
            org.programmehealth.examples.serve.ServeCommand.class);

    public static final int OK = 0;
    public static final int FAIL_ON = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where {@code questionnaire} reads its answers: standard input unless a test gives another. */
    private BufferedReader in;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: " + commands(spec) + " (see --help)");
    }

    /** The tool's commands, from its own definition (so that none is left out): "assess, batch, ... or catalogue". */
    static String commands(CommandLine.Model.CommandSpec spec) {
        java.util.List<String> names = spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Whether a test gave the answers' reader (then {@link #in} is not standard input). */
    private boolean inputGiven;

    /**
     * True when the answers are not typed on a terminal (piped or given by a test): then they are
     * echoed. (It once asked whether {@link #in} was set, which {@link #input()} itself sets: every
     * answer typed on a terminal was echoed a second time.)
     */
    boolean echoAnswers() {
        return inputGiven || !onTerminal();
    }

    /** Whether a person is at a terminal: {@code System.console()} exists (and, on Java 22 and later, is a terminal). */
    static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            // Java 22 and later return a console even when redirected; ask it whether it is a terminal
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    BufferedReader input() {
        if (in == null) {
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return in;
    }

    public static void main(String[] args) {
        if (EngineOptions.engineNeededAsIs(args)) {
            EngineOptions.startEarly();
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the tool with the given streams, reading standard input; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(null, out, err, args);
    }

    /** Runs the tool with the given streams; {@code in} (standard input if null) is where answers are read. */
    public static int run(BufferedReader in, PrintWriter out, PrintWriter err, String... args) {
        ProgrammeHealthCli tool = new ProgrammeHealthCli();
        tool.in = in;
        tool.inputGiven = in != null;
        CommandLine cl = commandLine(tool, args.length == 0 ? null : command(args[0]));
        // --format HTML, --fail-on high: names of formats and severities in any case
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidAssessmentException bad) {
                commandLine.getErr().println(bad.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UsageProblem u) {
                commandLine.getErr().println(u.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("programme-health: cannot read or write: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof ProgrammeHealthException p && p.getMessage().startsWith("Configuration:")) {
                commandLine.getErr().println(p.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("programme-health: internal error: " + e
                    + (e.getCause() != null ? " (caused by " + e.getCause() + ")" : ""));
            return INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The tool's command line with every command, as its help lists them. */
    public static CommandLine commandLine() {
        return commandLine(new ProgrammeHealthCli(), null);
    }

    /** The tool's command line with only the command {@code only}, or with all of them if it is null. */
    private static CommandLine commandLine(ProgrammeHealthCli tool, Class<?> only) {
        CommandLine cl = new CommandLine(tool);
        for (Class<?> c : only != null ? List.<Class<?>>of(only) : COMMANDS) {
            cl.addSubcommand(c.getAnnotation(Command.class).name(), c);
        }
        if (only == null) {
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        return cl;
    }

    /** The command a run names first, or null (options first, {@code help}, a misspelt name or none): then all are added. */
    static Class<?> command(String first) {
        for (Class<?> c : COMMANDS) {
            if (c.getAnnotation(Command.class).name().equals(first)) {
                return c;
            }
        }
        return null;
    }

    /** A usage or file problem that is the user's to fix: exit 2 with this message. */
    static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message);
        }
    }
}
