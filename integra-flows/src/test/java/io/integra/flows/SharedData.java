package io.integra.flows;

import io.integra.testsupport.RepositoryData;
import java.nio.file.Path;

/** The flow files the tests read, from the repository's {@code data/} folder ({@link RepositoryData}). */
public final class SharedData {
  private SharedData() { }

  public static Path data() { return RepositoryData.data(); }

  public static Path dots() { return RepositoryData.dots(); }

  public static Path undesa() { return RepositoryData.undesa(); }

  public static Path require(Path file) { return RepositoryData.require(file); }
}
