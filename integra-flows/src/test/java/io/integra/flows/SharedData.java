package io.integra.flows;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared (system property integra.shared, set by surefire; fallback ../shared). */
public final class SharedData {
  private SharedData() { }

  public static Path shared() {
    String p = System.getProperty("integra.shared");
    Path path = p != null ? Path.of(p) : Path.of("../shared");
    if (!Files.isDirectory(path)) path = Path.of("../../shared");
    return path.toAbsolutePath().normalize();
  }

  public static Path dots() { return shared().resolve("data/flows/imf-dots/dots_long.csv.gz"); }

  public static Path undesa() {
    return shared().resolve("data/flows/undesa-ims2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv");
  }
}
