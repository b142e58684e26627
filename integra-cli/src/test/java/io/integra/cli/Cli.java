package io.integra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** Runs the CLI in-process and captures its output, for tests. */
public record Cli(int status, String out, String err) {
  public static Cli run(String... args) {
    return runAt(Clock.systemDefaultZone(), args);
  }

  /** Runs the CLI with {@code clock} as the source of "today". */
  public static Cli runAt(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
    return new Cli(status, out.toString(), err.toString());
  }

  /** Runs {@code args} followed by {@code options} (e.g. the {@code --cases} folder every run of a test reads). */
  public static Cli run(java.util.List<String> options, String... args) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    all.addAll(options);
    return run(all.toArray(String[]::new));
  }

  /** The standard output read as JSON; fails the test, showing both outputs, when it is not JSON. */
  public JsonNode json() {
    try {
      return Json.MAPPER.readTree(out);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + out + err, e);
    }
  }
}
