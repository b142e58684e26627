package io.integra.cli.flows;

import io.integra.flows.engine.Progress;
import java.io.PrintStream;

/** A one-line progress bar on stderr for long loads; silent for loads shorter than a second. */
final class ProgressBar implements Progress {
  private final PrintStream err;
  private final long start = System.nanoTime();
  private boolean drawn;
  private String last = "";

  ProgressBar(PrintStream err) { this.err = err; }

  @Override
  public synchronized void update(String phase, double fraction) {
    if (!drawn && System.nanoTime() - start < 1_000_000_000L) return;
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
