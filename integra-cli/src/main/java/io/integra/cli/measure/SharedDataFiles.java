package io.integra.cli.measure;

import io.integra.cli.CliException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared data files {@code measure} reads: the folder, or each file on its own (docs/measured.md). */
public final class SharedDataFiles {
  @Option(names = "--shared", paramLabel = "DIR",
      description = "The shared data folder (holding data/flows/imf-dots, data/flows/undesa-ims2019, data/pwt91).")
  Path shared;

  @Option(names = "--trade", paramLabel = "FILE", description = "IMF DOTS long file (default: DIR/data/flows/imf-dots/dots_long.csv.gz).")
  Path trade;

  @Option(names = "--migration", paramLabel = "FILE",
      description = "UN DESA migrant stocks (default: DIR/data/flows/undesa-ims2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv).")
  Path migration;

  @Option(names = "--pwt", paramLabel = "FILE", description = "Penn World Table 9.1 subset (default: DIR/data/pwt91/pwt91.csv.gz).")
  Path pwt;

  Path trade() { return file("--trade", trade, "data/flows/imf-dots/dots_long.csv.gz"); }

  Path migration() { return file("--migration", migration, "data/flows/undesa-ims2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv"); }

  Path pwt() { return file("--pwt", pwt, "data/pwt91/pwt91.csv.gz"); }

  private Path file(String option, Path given, String underShared) {
    Path p = given != null ? given : shared != null ? shared.resolve(underShared) : null;
    if (p == null) throw new CliException("give --shared DIR (or " + option + " FILE)");
    if (!Files.isRegularFile(p)) throw new CliException(option + " " + p + ": no such file");
    return p;
  }
}
