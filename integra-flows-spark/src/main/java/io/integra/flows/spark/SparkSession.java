package io.integra.flows.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.integra.flows.country.CountryTable;
import io.integra.flows.country.CountryTable.Entity;
import io.integra.flows.data.BaciCountryCodes;
import io.integra.flows.data.BadValueFinder;
import io.integra.flows.data.Columns;
import io.integra.flows.data.FlowDataException;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.data.InputLayout;
import io.integra.flows.data.LoadReport;
import io.integra.flows.data.NameResolver;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.engine.GroupYearAssembler;
import io.integra.flows.engine.GroupYearAssembler.Dyad;
import io.integra.flows.engine.GroupYearAssembler.Total;
import io.integra.flows.engine.Progress;
import io.integra.flows.index.GroupYear;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One loaded file in Spark, the same two steps as the DuckDB engine: the heavy scan to
 * {@code raw_agg} (sum per year, origin name, destination name, with row, negative and bad-value
 * counts), names resolved by the shared {@link NameResolver}, then the normalised
 * dyads / outflow / inflow / world tables, cached.
 */
final class SparkSession implements FlowSession {
  private final org.apache.spark.sql.SparkSession spark;
  private final Dataset<Row> dyads;
  private final Dataset<Row> outflow;
  private final Dataset<Row> inflow;
  private final Dataset<Row> world;
  private final LoadReport report;

  private SparkSession(org.apache.spark.sql.SparkSession spark, Dataset<Row> dyads, Dataset<Row> outflow,
                       Dataset<Row> inflow, Dataset<Row> world, LoadReport report) {
    this.spark = spark;
    this.dyads = dyads;
    this.outflow = outflow;
    this.inflow = inflow;
    this.world = world;
    this.report = report;
  }

  static org.apache.spark.sql.SparkSession spark(String master) {
    var b = org.apache.spark.sql.SparkSession.builder().appName("integra-flows")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.ansi.enabled", "true");
    // spark-submit sets spark.master itself; otherwise local[*] unless a URL is given
    String m = master != null ? master : System.getProperty("spark.master", "local[*]");
    return b.master(m).getOrCreate();
  }

  static SparkSession open(FlowSource src, Progress progress, String master) {
    if (!java.nio.file.Files.isRegularFile(src.data())) throw new FlowDataException(src.data() + ": no such file");
    org.apache.spark.sql.SparkSession spark = spark(master);
    progress.update("loading " + src.data().getFileName() + " (spark)", -1);
    Columns cols;
    Dataset<Row> in;
    if (src.parquet()) {
      in = spark.read().parquet(src.data().toString());
      cols = new Columns(src.data(), List.of(in.columns()));
    } else {
      cols = Columns.ofCsv(src.data());
      in = spark.read().option("header", "true").option("inferSchema", "false").option("mode", "FAILFAST")
          .csv(src.data().toString());
    }
    InputLayout l = InputLayout.of(src, cols);
    Dataset<Row> scan = scan(src, l, in);
    Dataset<Row> rawAgg = scan.groupBy(col("year"), col("o"), col("d")).agg(
        sum(when(col("bad"), lit(0.0)).otherwise(col("v"))).as("v"), count(lit(1)).as("n"),
        sum(when(col("v").lt(0), 1).otherwise(0)).as("neg"), min(col("v")).as("minv"),
        sum(when(col("bad"), 1).otherwise(0)).as("bad")).cache();
    Row totals = rawAgg.agg(sum("n"), sum("neg"), min("year"), expr("max(year)"), min("minv"), sum("bad")).first();
    if (!totals.isNullAt(5) && totals.getLong(5) > 0) {
      if (!src.parquet()) BadValueFinder.find(src.data(), l).ifPresent(m -> { throw new FlowDataException(m); });
      throw new FlowDataException(src.data() + ": " + totals.getLong(5) + " values are not numbers");
    }
    long rows = totals.isNullAt(0) ? 0 : totals.getLong(0);
    if (rows == 0) throw new FlowDataException(src.data() + ": no data rows"
        + (src.flowOrDefault() != null ? " for flow '" + src.flowOrDefault() + "'" : ""));
    Set<String> names = new HashSet<>();
    for (Row r : rawAgg.select("o").union(rawAgg.select("d")).distinct().collectAsList()) names.add(r.getString(0));
    Map<String, Entity> map = NameResolver.resolve(src.data(), names, BaciCountryCodes.read(src), CountryTable.bundled());
    List<Row> mapRows = new ArrayList<>();
    for (var e : map.entrySet()) mapRows.add(RowFactory.create(e.getKey(), e.getValue().iso3(), e.getValue().kind().name()));
    StructType mapType = new StructType().add("name", DataTypes.StringType).add("iso3", DataTypes.StringType)
        .add("kind", DataTypes.StringType);
    Dataset<Row> nameMap = spark.createDataFrame(mapRows, mapType);
    Dataset<Row> mo = nameMap.toDF("o_name", "o_iso3", "ok");
    Dataset<Row> md = nameMap.toDF("d_name", "d_iso3", "dk");
    Dataset<Row> agg = rawAgg.join(org.apache.spark.sql.functions.broadcast(mo), col("o").equalTo(col("o_name")))
        .join(org.apache.spark.sql.functions.broadcast(md), col("d").equalTo(col("d_name")))
        .groupBy(col("year"), col("o_iso3").as("o"), col("ok"), col("d_iso3").as("d"), col("dk"))
        .agg(sum("v").as("v")).cache();
    Column worldFlow = col("ok").isin("ECONOMY", "HISTORICAL", "UNSPECIFIED");
    Dataset<Row> dyads = agg.where(col("ok").equalTo("ECONOMY").and(col("dk").equalTo("ECONOMY"))
        .and(col("o").notEqual(col("d")))).select("year", "o", "d", "v").cache();
    Dataset<Row> outflow = agg.where(worldFlow).groupBy(col("year"), col("o").as("iso3")).agg(
        expr("coalesce(sum(CASE WHEN dk = 'WORLD' THEN v END), "
            + "sum(CASE WHEN dk IN ('ECONOMY', 'HISTORICAL', 'UNSPECIFIED') AND o <> d THEN v END), 0D)").as("v")).cache();
    Dataset<Row> inflow = agg.where(worldFlow.and(col("dk").equalTo("ECONOMY")).and(col("o").notEqual(col("d"))))
        .groupBy(col("year"), col("d").as("iso3")).agg(sum("v").as("v")).cache();
    Dataset<Row> world = outflow.groupBy("year").agg(sum("v").as("v")).cache();
    long neg = totals.isNullAt(1) ? 0 : totals.getLong(1);
    List<String> warnings = new ArrayList<>();
    if (neg > 0) {
      warnings.add(src.data().getFileName() + ": " + neg + " negative value" + (neg == 1 ? "" : "s")
          + " kept as published (smallest " + totals.getDouble(4) + ")");
    }
    LoadReport report = new LoadReport(rows, neg, totals.getInt(2), totals.getInt(3), warnings);
    progress.update("loaded", 1);
    return new SparkSession(spark, dyads, outflow, inflow, world, report);
  }

  /** One row per input record: year INT, o STRING, d STRING, v DOUBLE, bad BOOLEAN (non-numeric value). */
  private static Dataset<Row> scan(FlowSource src, InputLayout l, Dataset<Row> in) {
    List<String> nulls = InputLayout.NULL_TOKENS;
    if (src.format() == FlowFormat.UNDESA) {
      Column[] ids = {q(l.year()), q(l.destination())};
      Column[] values = l.wideColumns().stream().map(SparkSession::q).toArray(Column[]::new);
      Dataset<Row> longDf = in.unpivot(ids, values, "o", "val");
      return typed(longDf.where(col("val").isNotNull().and(org.apache.spark.sql.functions.not(col("val").isin(nulls.toArray())))),
          q(l.year()), col("o"), q(l.destination()), col("val"));
    }
    Column where = q(l.value()).isNotNull().and(org.apache.spark.sql.functions.not(
        q(l.value()).cast(DataTypes.StringType).isin(nulls.toArray())));
    if (l.flow() != null && l.flowValue() != null) where = where.and(q(l.flow()).cast(DataTypes.StringType).equalTo(l.flowValue()));
    for (String[] f : l.filters()) where = where.and(q(f[0]).cast(DataTypes.StringType).equalTo(f[1]));
    return typed(in.where(where), q(l.year()), q(l.origin()), q(l.destination()), q(l.value()));
  }

  private static Dataset<Row> typed(Dataset<Row> df, Column year, Column o, Column d, Column v) {
    Column vs = v.cast(DataTypes.StringType);
    Column num = vs.try_cast(DataTypes.DoubleType);
    Column yr = year.cast(DataTypes.StringType).try_cast(DataTypes.IntegerType);
    return df.select(yr.as("year"), o.cast(DataTypes.StringType).as("o"), d.cast(DataTypes.StringType).as("d"),
        num.as("v"), num.isNull().or(yr.isNull()).as("bad"));
  }

  private static Column q(String name) { return col("`" + name.replace("`", "``") + "`"); }

  @Override
  public LoadReport report() { return report; }

  @Override
  public Map<Integer, GroupYear> groupYears(SortedMap<Integer, List<String>> membersByYear) {
    List<Row> rows = new ArrayList<>();
    for (var e : membersByYear.entrySet()) for (String iso : e.getValue()) rows.add(RowFactory.create(e.getKey(), iso));
    StructType t = new StructType().add("m_year", DataTypes.IntegerType).add("m_iso3", DataTypes.StringType);
    Dataset<Row> members = org.apache.spark.sql.functions.broadcast(spark.createDataFrame(rows, t));
    List<Dyad> dy = new ArrayList<>();
    for (Row r : dyads.join(members, col("year").equalTo(col("m_year")).and(col("o").equalTo(col("m_iso3"))))
        .select("year", "o", "d", "v").collectAsList()) {
      dy.add(new Dyad(r.getInt(0), r.getString(1), r.getString(2), r.getDouble(3)));
    }
    List<Total> out = totals(outflow, members);
    List<Total> in = totals(inflow, members);
    Map<Integer, Double> w = new HashMap<>();
    for (Row r : world.collectAsList()) w.put(r.getInt(0), r.getDouble(1));
    return GroupYearAssembler.assemble(membersByYear, dy, out, in, w);
  }

  private static List<Total> totals(Dataset<Row> table, Dataset<Row> members) {
    List<Total> out = new ArrayList<>();
    for (Row r : table.join(members, col("year").equalTo(col("m_year")).and(col("iso3").equalTo(col("m_iso3"))))
        .select("year", "iso3", "v").collectAsList()) {
      out.add(new Total(r.getInt(0), r.getString(1), r.getDouble(2)));
    }
    return out;
  }

  @Override
  public void close() {
    dyads.unpersist();
    outflow.unpersist();
    inflow.unpersist();
    world.unpersist();
    // the SparkSession itself is shared by the JVM (getOrCreate); stopped at JVM exit by Spark's hook
  }
}
