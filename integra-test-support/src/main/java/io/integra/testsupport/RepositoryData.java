package io.integra.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The flow files tests read: the copies shipped in the repository's {@code data/} folder
 * (data/README.md), so the tests run on a fresh clone. The rule for data a checkout may lack
 * (README, "Tests and data"): {@link #require} skips the test with a message naming the file,
 * never passes it.
 */
public final class RepositoryData {
  private RepositoryData() { }

  /** The repository's data/ folder: the nearest ancestor of the working directory holding data/SHA256SUMS. */
  public static Path data() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("data/SHA256SUMS"))) return d.resolve("data");
    }
    return Path.of("..", "data").toAbsolutePath().normalize();
  }

  /** IMF DOTS, exports FOB, 1960-2020 (data/flows/imf-dots). */
  public static Path dots() { return require(data().resolve("flows/imf-dots/dots_x_fob.csv.gz")); }

  /** UN DESA migrant stocks 2019 (data/flows/undesa-ims2019). */
  public static Path undesa() {
    return require(data().resolve("flows/undesa-ims2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv"));
  }

  /** Skips the calling test (JUnit assumption) when {@code file} is absent, naming it. */
  public static Path require(Path file) {
    Assumptions.assumeTrue(Files.exists(file), () -> "skipped: test data missing: " + file);
    return file;
  }
}
