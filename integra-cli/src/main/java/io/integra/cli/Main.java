package io.integra.cli;

import io.integra.casebase.yaml.InvalidInputException;
import io.integra.casebase.yaml.Problem;
import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine;

/**
 * Entry point. Bad input of any kind ends with a message on stderr and exit status 2, never a
 * stack trace; an unexpected failure is exit status 1 with a one-line message.
 */
public final class Main {
  private Main() { }

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line; used by main and by tests. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, Clock.systemDefaultZone());
  }

  /** Runs a command line with {@code clock} as the source of "today" (tests fix it). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    CommandLine cl = commandLine(clock);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  public static CommandLine commandLine() { return commandLine(Clock.systemDefaultZone()); }

  public static CommandLine commandLine(Clock clock) {
    CommandLine cl = new CommandLine(new IntegraCommand(clock));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("integra: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      c.getErr().flush();
      return ExitStatus.BAD_INPUT.code();
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      PrintWriter err = c.getErr();
      Throwable t = ex;
      if (t instanceof InvalidInputException iie) {
        for (Problem p : iie.problems()) err.println(p.format());
        err.println("integra: " + iie.problems().size() + " problem" + (iie.problems().size() == 1 ? "" : "s") + " found; nothing was written");
        err.flush();
        return ExitStatus.BAD_INPUT.code();
      }
      if (t instanceof CliException) {
        err.println("integra: " + t.getMessage());
        err.flush();
        return ExitStatus.BAD_INPUT.code();
      }
      err.println("integra: internal error: " + t);
      if (System.getenv("INTEGRA_DEBUG") != null) t.printStackTrace(err);
      err.flush();
      return ExitStatus.INTERNAL_ERROR.code();
    });
    return cl;
  }
}
