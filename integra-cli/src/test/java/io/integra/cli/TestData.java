package io.integra.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Files the CLI tests read. Flow data comes from the repository's {@code data/} folder (shipped,
 * data/README.md); the R QCA reference outputs come from the project's {@code ../shared} folder
 * (system property {@code integra.shared}), which a fresh clone lacks. The rule (README, "Tests
 * and data"): a test whose file is absent is skipped with a message naming it, never passed.
 */
public final class TestData {
  private TestData() { }

  /** The repository's data/ folder: the nearest ancestor of the working directory holding data/SHA256SUMS. */
  public static Path data() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("data/SHA256SUMS"))) return d.resolve("data");
    }
    return Path.of("..", "data").toAbsolutePath().normalize();
  }

  /** IMF DOTS, exports FOB, 1960-2020. */
  public static Path dots() { return require(data().resolve("flows/imf-dots/dots_x_fob.csv.gz")); }

  /** UN DESA migrant stocks 2019. */
  public static Path undesa() {
    return require(data().resolve("flows/undesa-ims2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv"));
  }

  /** A file of ../shared (e.g. "reference/qca/datasets/CVF.csv"); skips the test when absent. */
  public static Path shared(String relative) {
    return require(Path.of(System.getProperty("integra.shared", "../shared"), relative).toAbsolutePath().normalize());
  }

  /** The folder or file {@code name} of the CLI tests' resources {@code /fixtures} (e.g. "assess-cli"), as a path. */
  public static String fixture(String name) {
    try {
      return Path.of(TestData.class.getResource("/fixtures/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Skips the calling test (JUnit assumption) when {@code file} is absent, naming it. */
  public static Path require(Path file) {
    Assumptions.assumeTrue(Files.exists(file), () -> "skipped: test data missing: " + file);
    return file;
  }
}
