package io.integra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The CLI's JSON outputs that scripts read, byte for byte (key order, written nulls, number
 * format), against files recorded from the bundled case base: the typed views (issue 12 point 1)
 * and any later refactor must leave them unchanged. A deliberate change (a new field, a regenerated
 * measured product, a new coding) is recorded again with {@code -Dintegra.golden.write=DIR} and the
 * files copied into {@code src/test/resources/io/integra/cli/golden/}, with the change said in the
 * docs. The web API has the same check ({@code integra-web} {@code ApiGoldenTest}).
 */
class CliGoldenTest {
  /** "Today" for the runs: every date below is explicit, the clock only keeps defaults from moving. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
  private static final String ALL = "acs alba can celac eu mercosur pacific-alliance sica unasur";

  /** "name | arguments" per line. */
  static final String RUNS = """
      compare-deutsch-1957-2016 | compare %1$s --lens deutsch-1957 --at 2016-06-30 --format json
      compare-buen-vivir-2016 | compare %1$s --lens buen-vivir --at 2016-06-30 --format json
      compare-li-2016 | compare %1$s --lens liberal-intergovernmentalism --at 2016-06-30 --format json
      compare-deutsch-1957-2019 | compare %1$s --lens deutsch-1957 --at 2019-06-30 --format json
      assess-alba-deutsch-1957-2016 | assess alba --lens deutsch-1957 --at 2016-06-30 --format json
      assess-alba-buen-vivir-2016 | assess alba --lens buen-vivir --at 2016-06-30 --format json
      assess-eu-deutsch-1957-2016 | assess eu --lens deutsch-1957 --at 2016-06-30 --format json
      assess-eu-li-2016 | assess eu --lens liberal-intergovernmentalism --at 2016-06-30 --format json
      assess-mercosur-deutsch-1957-2019 | assess mercosur --lens deutsch-1957 --at 2019-06-30 --format json
      codebook | codebook --format json
      cases | cases --at 2016-06-30 --format json
      case-eu | case eu --at 2016-06-30 --format json
      robustness-alba | robustness assess alba --lens deutsch-1957 --at 2016-06-30 --format json
      scenario | scenario run ../docs/examples/alba-choosing-sides.yaml --format json
      """.formatted(ALL);

  @Test void jsonOutputsAreUnchanged() throws IOException {
    String write = System.getProperty("integra.golden.write");
    for (String line : RUNS.strip().split("\n")) {
      String[] run = line.split("\\|");
      String name = run[0].strip();
      String[] args = run[1].strip().split(" +");
      Cli r = Cli.runAt(CLOCK, args);
      assertThat(r.status()).as(name + ": " + r.err()).isZero();
      if (write != null) {
        Files.createDirectories(Path.of(write));
        Files.writeString(Path.of(write, name + ".json"), r.out());
        continue;
      }
      try (InputStream in = CliGoldenTest.class.getResourceAsStream("golden/" + name + ".json")) {
        assertThat(in).as("golden file for " + name).isNotNull();
        assertThat(r.out()).as(String.join(" ", args)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}
