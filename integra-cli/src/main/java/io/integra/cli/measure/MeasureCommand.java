package io.integra.cli.measure;

import io.integra.casebase.CaseBaseLoader;
import io.integra.casebase.measured.MeasuredProduct;
import io.integra.cli.CliException;
import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.core.cases.CaseBase;
import io.integra.core.indicator.MeasuredMembership;
import io.integra.flows.data.FlowDataException;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.measure.Measurer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Regenerates the measured memberships (docs/measured.md): every indicator recipe of the codebook,
 * for every case and year the shared data cover, written as {@code measured.json} with its
 * manifest of checksums. Without {@code --cases} it measures the bundled cases into the bundled
 * resources; with {@code --cases DIR} it measures the cases of that folder (with its codebook, if
 * any) and writes the product into the folder, where assess and the other commands find it.
 */
@Command(name = "measure", mixinStandardHelpOptions = true,
    description = "Regenerate the measured memberships (indicator recipes of the codebook measured from the shared data) "
        + "for the bundled cases, or with --cases DIR for the cases of a folder; writes measured.json and measured-manifest.json.")
public final class MeasureCommand implements Runnable {
  /** Where the bundled product lives in the source tree (relative to the repository root). */
  public static final Path BUNDLED_DIR = Path.of("integra-casebase/src/main/resources/io/integra/casebase/data/measured");

  @Spec CommandSpec spec;

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

  @Option(names = "--cases", paramLabel = "DIR|FILE",
      description = "A folder of your own cases (and codebook), or one case file: measure them and write the product into the folder (beside the file).")
  Path cases;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write (default: the --cases folder, else the bundled resources folder " + "integra-casebase/src/main/resources/io/integra/casebase/data/measured).")
  Path out;

  @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2025", description = "Last year to measure (default: ${DEFAULT-VALUE}; data permitting).")
  int to;

  @Mixin FormatOption format;

  @Override public void run() {
    Path tradeFile = file("--trade", trade, "data/flows/imf-dots/dots_long.csv.gz");
    Path migrationFile = file("--migration", migration, "data/flows/undesa-ims2019/UN_MigrantStockByOriginAndDestination_2019_clean.csv");
    Path pwtFile = file("--pwt", pwt, "data/pwt91/pwt91.csv.gz");
    CaseBase base;
    Path casesDir = null;
    if (cases != null) {
      if (!Files.exists(cases)) throw new CliException("--cases " + cases + ": no such file or folder");
      base = CaseBaseLoader.load(List.of(cases), false);
      // a case file's product lives beside it, where assess --cases FILE looks for it
      casesDir = Files.isDirectory(cases) ? cases : cases.toAbsolutePath().getParent();
    } else {
      base = CaseBaseLoader.bundled();
    }
    Path target = out != null ? out : casesDir != null ? casesDir : BUNDLED_DIR;
    if (out == null && cases == null && !Files.isDirectory(target.getParent())) {
      throw new CliException("the bundled resources folder " + target + " is not here (run from the repository root) ; give --out DIR");
    }
    long t0 = System.nanoTime();
    Measurer.Result result;
    try (Measurer m = new Measurer(new FlowSource(tradeFile, FlowFormat.DOTS), new FlowSource(migrationFile, FlowFormat.UNDESA), pwtFile, to)) {
      result = m.measure(base.codebook(), base.cases());
    } catch (FlowDataException e) {
      throw new CliException(e.getMessage());
    }
    List<MeasuredProduct.Input> inputs = List.of(MeasuredProduct.Input.of(tradeFile), MeasuredProduct.Input.of(migrationFile),
        MeasuredProduct.Input.of(pwtFile));
    String command = "integra measure" + (cases == null ? "" : " --cases " + cases.getFileName()) + " --to " + to;
    MeasuredProduct product = MeasuredProduct.of(result.values(), inputs, base.codebook(), base.cases(), command);
    try {
      product.write(target);
    } catch (UncheckedIOException e) {
      throw new CliException("cannot write " + target + ": " + e.getCause().getMessage());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    PrintWriter pw = spec.commandLine().getOut();
    Map<String, Map<String, int[]>> summary = new TreeMap<>(); // case -> lens/criterion -> {count, first, last}
    for (MeasuredMembership v : product.values()) {
      int[] s = summary.computeIfAbsent(v.caseId(), k -> new TreeMap<>()).computeIfAbsent(v.lens() + "/" + v.criterion(),
          k -> new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE});
      s[0]++;
      s[1] = Math.min(s[1], v.year());
      s[2] = Math.max(s[2], v.year());
    }
    if (format.json()) {
      pw.println(Json.write(MeasureSummary.of(target.toString(), product.values().size(), product.checksum(),
          Math.round(seconds * 100) / 100.0, summary, result.warnings())));
    } else {
      pw.printf("wrote %s and %s to %s: %d measured memberships of %d cases in %.1f s (checksum %s)%n", MeasuredProduct.FILE,
          MeasuredProduct.MANIFEST, target, product.values().size(), summary.size(), seconds, product.checksum().substring(0, 12));
      summary.forEach((c, m) -> {
        List<String> parts = new ArrayList<>();
        m.forEach((k, s) -> parts.add(k + " " + s[1] + "-" + s[2] + " (" + s[0] + ")"));
        pw.println("  " + c + ": " + String.join(", ", parts));
      });
      for (String w : result.warnings()) spec.commandLine().getErr().println("integra: note: " + w);
    }
    pw.flush();
  }

  private Path file(String option, Path given, String underShared) {
    Path p = given != null ? given : shared != null ? shared.resolve(underShared) : null;
    if (p == null) throw new CliException("give --shared DIR (or " + option + " FILE)");
    if (!Files.isRegularFile(p)) throw new CliException(option + " " + p + ": no such file");
    return p;
  }
}
