package io.integra.cli.flows;

import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.cli.OutputFormat;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.flows.FlowAnalysis;
import io.integra.flows.country.CountryTable;
import io.integra.flows.country.EntityKind;
import io.integra.flows.data.FlowDataException;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.engine.FlowEngine;
import io.integra.flows.engine.FlowEngines;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.group.GroupSpec;
import io.integra.flows.index.FlowIndex;
import io.integra.flows.index.IndexCalculator;
import io.integra.flows.index.IndexRecord;
import io.integra.flows.output.IndexRecordWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code integra flows indices}: one tidy record per group, year and index (docs/flows.md). */
@Command(name = "indices", mixinStandardHelpOptions = true,
    description = "Compute flow indices for a group over a span of years.")
public final class IndicesCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions cases;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "The flow file (CSV, .csv.gz or Parquet).")
  Path data;

  @Option(names = "--layout", paramLabel = "LAYOUT",
      description = "Input layout of the data file: dots, baci, comtrade, undesa or dyadic.")
  String layout;

  @Option(names = "--countries", paramLabel = "FILE", description = "BACI's country-code table (default: country_codes*.csv beside the data).")
  Path countries;

  @Option(names = "--flow", paramLabel = "CODE", description = "Flow code to read where the file has several (default X_FOB for dots, X for comtrade).")
  String flow;

  @Option(names = "--group", required = true, paramLabel = "CASE|ISO3,...",
      description = "A case id of the case base (members per year from its membership spells, on 1 July) or a list of ISO3 codes.")
  String group;

  @Option(names = "--from", required = true, paramLabel = "YEAR") int from;

  @Option(names = "--to", required = true, paramLabel = "YEAR") int to;

  @Option(names = "--index", split = ",", paramLabel = "ID", description = "Indices (default: share). Known: ${COMPLETION-CANDIDATES}",
      completionCandidates = IndexIds.class)
  List<String> indices = new ArrayList<>(List.of("share"));

  @Option(names = "--engine", defaultValue = "duckdb", paramLabel = "ENGINE", description = "duckdb (default) or spark (if on the class path).")
  String engine;

  @Option(names = "--spark-master", paramLabel = "URL", description = "Spark master URL (default local[*]).")
  String sparkMaster;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the records to FILE (.csv, .json or .parquet) instead of stdout.")
  Path out;

  /**
   * Output format, as on every command. Before issue 13 {@code --format} named the input layout;
   * a layout given here is still accepted for one release, with a deprecation warning.
   */
  @Option(names = "--format", paramLabel = "text|json", description = "stdout format when no --out: text or json (default: text).")
  String format;

  /** The old spelling of --format text|json; deprecated, hidden from the help. */
  @Option(names = "--output-format", hidden = true)
  OutputFormat outputFormat;

  /** For the help text. */
  static final class IndexIds extends ArrayList<String> {
    IndexIds() { super(FlowIndex.ids()); }
  }

  @Override
  public void run() {
    OutputFormat output = outputFormat();
    if (layout == null) throw new CliException("missing --layout (the data file's layout: " + layouts() + ")");
    FlowFormat fmt = FlowFormat.byId(layout).orElseThrow(() -> new CliException("unknown --layout '" + layout
        + "' (expected " + layouts() + ")"));
    List<FlowIndex> wanted = new ArrayList<>();
    for (String id : indices) {
      FlowIndex idx = FlowIndex.byId(id.strip()).orElseThrow(() -> new CliException("unknown index '" + id
          + "' (known: " + String.join(", ", FlowIndex.ids()) + ")"));
      if (idx.isMigration() && !(fmt.migration() || fmt == FlowFormat.DYADIC)) {
        throw new CliException("index '" + id + "' needs migrant stocks (--layout undesa or dyadic), not " + fmt.id());
      }
      wanted.add(idx);
    }
    if (out != null) {
      String n = out.getFileName().toString().toLowerCase();
      if (!(n.endsWith(".csv") || n.endsWith(".json") || n.endsWith(".parquet"))) {
        throw new CliException("--out " + out + ": expected a .csv, .json or .parquet file");
      }
    }
    if (from > to) throw new CliException("--from " + from + " is after --to " + to);
    GroupSpec spec = groupSpec();
    FlowEngine eng = FlowEngines.find(engine).orElseThrow(() -> new CliException("engine '" + engine
        + "' is not available (found: " + String.join(", ", FlowEngines.available().stream().map(FlowEngine::id).toList())
        + "); the Spark engine needs integra-flows-spark on the class path (see docs/flows.md)"));
    Map<String, String> options = new HashMap<>();
    if (sparkMaster != null) options.put("spark.master", sparkMaster);
    eng = eng.configure(options);
    ProgressBar bar = ProgressBar.onStderr();
    FlowAnalysis.Result result;
    try (FlowSession session = eng.open(new FlowSource(data, fmt, countries, flow), bar)) {
      bar.finish();
      for (String w : session.report().warnings()) System.err.println("integra: warning: " + w);
      result = FlowAnalysis.indices(session, spec, from, to, wanted, new IndexCalculator());
    } catch (FlowDataException e) {
      bar.finish();
      throw new CliException(e.getMessage());
    }
    for (String w : result.warnings()) System.err.println("integra: warning: " + w);
    PrintWriter pw = this.spec.commandLine().getOut();
    if (out != null) {
      IndexRecordWriter.write(result.records(), out);
      System.err.println("integra: " + result.records().size() + " records written to " + out);
      return;
    }
    try {
      if (output == OutputFormat.json) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        IndexRecordWriter.writeJson(result.records(), bos);
        pw.print(bos.toString(StandardCharsets.UTF_8));
      } else {
        // the group column as wide as the group needs, within the width (80 columns into a file)
        int gw = Math.max(5, Math.min(spec.label().length(), io.integra.cli.Text.width() - 53));
        String row = "%-" + gw + "s %4s %-22s %-4s %-4s %14s";
        pw.println(String.format(row, "group", "year", "index", "from", "to", "value"));
        for (IndexRecord r : result.records()) {
          pw.println(String.format(row, cut(r.group(), gw), r.year(), cut(r.index(), 22),
              r.origin() == null ? "" : r.origin(), r.destination() == null ? "" : r.destination(), num(r.value())));
        }
      }
      pw.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resolves --format / the deprecated spellings; sets {@link #layout} from an old-style --format LAYOUT. */
  private OutputFormat outputFormat() {
    if (outputFormat != null) {
      spec.commandLine().getErr().println("integra: warning: --output-format is deprecated; use --format " + outputFormat);
    }
    if (format == null) return outputFormat == null ? OutputFormat.text : outputFormat;
    for (OutputFormat f : OutputFormat.values()) if (f.name().equalsIgnoreCase(format)) return f;
    if (FlowFormat.byId(format).isPresent() && layout == null) {
      spec.commandLine().getErr().println("integra: warning: --format " + format + " for the input layout is deprecated; use --layout "
          + format + " (--format is the output format, text or json, as on every command)");
      layout = format;
      return outputFormat == null ? OutputFormat.text : outputFormat;
    }
    throw new CliException("unknown --format '" + format + "' (expected text or json; the data file's layout is --layout: "
        + layouts() + ")");
  }

  private static String layouts() {
    return String.join(", ", Arrays.stream(FlowFormat.values()).map(FlowFormat::id).toList());
  }

  private GroupSpec groupSpec() {
    CaseBase base = cases.load();
    var c = base.find(group);
    if (c.isPresent()) return GroupSpec.of(c.get(), group);
    List<String> codes = Arrays.stream(group.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    CountryTable table = CountryTable.bundled();
    List<String> bad = new ArrayList<>();
    for (String code : codes) {
      boolean ok = code.matches("[A-Z]{3}") && table.resolve(code).map(e -> e.iso3().equals(code)
          && e.kind() == EntityKind.ECONOMY).orElse(false);
      if (!ok) bad.add("'" + code + "' (closest known: " + String.join(", ", table.closest(code, 3)) + ")");
    }
    if (codes.isEmpty() || !bad.isEmpty()) {
      throw new CliException("--group " + group + ": neither a case id (known: " + String.join(", ",
          base.cases().stream().map(IntegrationCase::id).toList()) + ") nor a list of ISO3 codes"
          + (bad.isEmpty() ? "" : "; not an ISO3 code of an economy: " + String.join(", ", bad)));
    }
    return GroupSpec.ofCodes(group, codes);
  }

  private static String num(double v) {
    if (Double.isNaN(v)) return "NA";
    return Math.abs(v) >= 1e7 ? String.format("%.6g", v) : String.format("%.6f", v);
  }

  private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "~"; }

}
