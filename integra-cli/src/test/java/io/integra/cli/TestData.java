package io.integra.cli;

import io.integra.testsupport.RepositoryData;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Files the CLI tests read. Flow data comes from the repository's {@code data/} folder (shipped,
 * data/README.md); the R QCA reference outputs come from the project's {@code ../shared} folder
 * (system property {@code integra.shared}), which a fresh clone lacks. The rule (README, "Tests
 * and data"): a test whose file is absent is skipped with a message naming it, never passed.
 */
public final class TestData {
  private TestData() { }

  /** The repository's data/ folder ({@link RepositoryData}). */
  public static Path data() { return RepositoryData.data(); }

  /** IMF DOTS, exports FOB, 1960-2020. */
  public static Path dots() { return RepositoryData.dots(); }

  /** UN DESA migrant stocks 2019. */
  public static Path undesa() { return RepositoryData.undesa(); }

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
  public static Path require(Path file) { return RepositoryData.require(file); }
}
