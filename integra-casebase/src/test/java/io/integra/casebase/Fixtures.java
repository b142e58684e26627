package io.integra.casebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test fixtures of src/test/resources/fixtures (also read by the assessor's tests in {@code readings}). */
public final class Fixtures {
  private Fixtures() { }

  /** The fixture folder {@code name} ({@code good}, {@code assess} ...). */
  public static Path folder(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path good() { return folder("good"); }

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
