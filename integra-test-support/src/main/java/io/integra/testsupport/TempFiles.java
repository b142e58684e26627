package io.integra.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small input files written by tests into their JUnit {@code @TempDir}. */
public final class TempFiles {
  private TempFiles() { }

  /** Writes {@code text} (UTF-8) to {@code dir/name} and returns the file. */
  public static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
