package io.integra.casebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

final class Fixtures {
  private Fixtures() { }

  static Path good() {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/good").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the good fixture into {@code dir}, with {@code from} replaced by {@code to} in the case file. */
  static Path corrupt(Path dir, String from, String to) throws IOException {
    Files.createDirectories(dir.resolve("cases"));
    Files.writeString(dir.resolve("bibliography.yaml"), read(good().resolve("bibliography.yaml")));
    String text = read(good().resolve("cases/lakes.yaml"));
    if (!text.contains(from)) throw new IllegalArgumentException("fixture does not contain: " + from);
    Files.writeString(dir.resolve("cases/lakes.yaml"), text.replace(from, to));
    return dir;
  }
}
