package io.integra.cli.assess;

import io.integra.cli.CliException;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.CriterionResult;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.indicator.IndicatorReading;
import io.integra.flows.IndicatorService;
import io.integra.flows.data.FlowDataException;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The data files that let indicator recipes of the codebook be measured (docs/flows.md,
 * "Calibrated indicators"): {@code --flows-data} serves recipes whose flow is {@value #TRADE},
 * {@code --migration-data} those whose flow is {@value #MIGRATION}. Shared by assess and report.
 */
public class IndicatorOptions {
  /** The flow names of the codebook's recipes each option serves. */
  public static final String TRADE = "trade";
  public static final String MIGRATION = "migration";

  @Option(names = "--flows-data", paramLabel = "FILE",
      description = "Trade flows for the codebook's indicator recipes with flow 'trade' (e.g. the IMF DOTS file): "
          + "shows a data-based membership beside the coded one.")
  public Path flowsData;

  @Option(names = {"--flows-layout", "--flows-format"}, paramLabel = "LAYOUT", defaultValue = "dots",
      description = "Layout of --flows-data: dots, baci, comtrade or dyadic (default: ${DEFAULT-VALUE}).")
  public String flowsFormat;

  @Option(names = "--migration-data", paramLabel = "FILE",
      description = "Migrant stocks for recipes with flow 'migration' (e.g. UN DESA's origin x destination table).")
  public Path migrationData;

  @Option(names = {"--migration-layout", "--migration-format"}, paramLabel = "LAYOUT", defaultValue = "undesa",
      description = "Layout of --migration-data: undesa or dyadic (default: ${DEFAULT-VALUE}).")
  public String migrationFormat;

  /** Whether any data file was given (else nothing is measured and the output is as without this feature). */
  public boolean given() { return flowsData != null || migrationData != null; }

  /** A provider over the files given; the caller closes it. */
  public IndicatorService open() {
    Map<String, FlowSource> sources = new LinkedHashMap<>();
    if (flowsData != null) sources.put(TRADE, new FlowSource(existing("--flows-data", flowsData), format("--flows-format", flowsFormat), null, null));
    if (migrationData != null) {
      sources.put(MIGRATION, new FlowSource(existing("--migration-data", migrationData), format("--migration-format", migrationFormat), null, null));
    }
    return new IndicatorService(sources, Map.of(TRADE, "give --flows-data FILE", MIGRATION, "give --migration-data FILE"),
        new io.integra.flows.duckdb.DuckDbEngine());
  }

  /** The reading for every criterion of the assessment's lens that has a recipe, in the year of its date. */
  public static Map<String, IndicatorReading> measure(IndicatorService provider, IntegrationCase c, Assessment a) {
    Map<String, IndicatorReading> out = new LinkedHashMap<>();
    for (CriterionResult cr : a.criteria()) {
      if (cr.criterion().indicator() == null) continue;
      out.put(cr.id(), call("criterion '" + cr.id() + "'", () -> provider.reading(c, cr.criterion().indicator(), a.at().getYear())));
    }
    return out;
  }

  /** Runs a measurement, turning data and recipe problems into user messages. */
  public static <T> T call(String criterion, java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (FlowDataException e) {
      throw new CliException(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new CliException(criterion + ": " + e.getMessage());
    }
  }

  private static Path existing(String option, Path p) {
    if (!Files.isRegularFile(p)) throw new CliException(option + " " + p + ": no such file");
    return p;
  }

  private static FlowFormat format(String option, String id) {
    return FlowFormat.byId(id).orElseThrow(() -> new CliException("unknown " + option + " '" + id + "' (expected "
        + String.join(", ", Arrays.stream(FlowFormat.values()).map(FlowFormat::id).toList()) + ")"));
  }
}
