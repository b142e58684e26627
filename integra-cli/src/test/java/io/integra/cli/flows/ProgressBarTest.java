package io.integra.cli.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bar draws with carriage returns on a terminal only (issue 13: no \r in redirected output). */
class ProgressBarTest {
  @Test
  void drawsNothingWhenStderrIsNotATerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 0);
    bar.update("loading", 0.5);
    bar.update("loading", -1);
    bar.finish();
    assertThat(bytes.size()).isZero();
  }

  @Test
  void drawsAndClearsOnATerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 0);
    bar.update("loading", 0.5);
    bar.finish();
    String s = bytes.toString(StandardCharsets.UTF_8);
    assertThat(s).startsWith("\r[###############               ]  50% loading").endsWith("\r");
  }

  @Test
  void theLauncherDecides() {
    String old = System.getProperty("integra.stderr.tty");
    try {
      System.setProperty("integra.stderr.tty", "false");
      assertThat(ProgressBar.stderrIsTerminal()).isFalse();
      System.setProperty("integra.stderr.tty", "true");
      assertThat(ProgressBar.stderrIsTerminal()).isTrue();
    } finally {
      if (old == null) System.clearProperty("integra.stderr.tty"); else System.setProperty("integra.stderr.tty", old);
    }
  }
}
