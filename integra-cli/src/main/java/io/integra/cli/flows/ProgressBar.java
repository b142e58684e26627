package io.integra.cli.flows;

import io.integra.flows.engine.Progress;
import java.io.PrintStream;

/**
 * A one-line progress bar on stderr for long loads; silent for loads shorter than a second, and
 * silent when stderr is not a terminal: carriage returns would end up in a redirected log
 * (issue 13). Whether stderr is a terminal: the launcher tells the JVM (system property
 * {@code integra.stderr.tty}, from {@code [ -t 2 ]}); without it, {@code System.console() != null}.
 */
final class ProgressBar implements Progress {
  private final PrintStream err;
  private final boolean terminal;
  private final long delayNanos;
  private final long start = System.nanoTime();
  private boolean drawn;
  private String last = "";

  ProgressBar(PrintStream err, boolean terminal, long delayNanos) {
    this.err = err;
    this.terminal = terminal;
    this.delayNanos = delayNanos;
  }

  /** The bar of the CLI: on System.err, drawn only on a terminal, after one second. */
  static ProgressBar onStderr() { return new ProgressBar(System.err, stderrIsTerminal(), 1_000_000_000L); }

  static boolean stderrIsTerminal() {
    String told = System.getProperty("integra.stderr.tty");
    if (told != null && !told.isBlank()) return Boolean.parseBoolean(told.strip());
    return System.console() != null;
  }

  @Override
  public synchronized void update(String phase, double fraction) {
    if (!terminal) return;
    if (!drawn && System.nanoTime() - start < delayNanos) return;
    String bar;
    if (fraction < 0) {
      bar = String.format("%-40s", phase);
    } else {
      int n = (int) Math.round(Math.min(1, fraction) * 30);
      bar = "[" + "#".repeat(n) + " ".repeat(30 - n) + "] " + String.format("%3d%% ", Math.round(fraction * 100)) + phase;
    }
    if (bar.length() > 79) bar = bar.substring(0, 79);
    if (bar.equals(last)) return;
    last = bar;
    drawn = true;
    err.print("\r" + String.format("%-79s", bar));
    err.flush();
  }

  synchronized void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(79) + "\r");
      err.flush();
    }
  }
}
