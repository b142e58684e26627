package io.integra.flows.spark;

import io.integra.flows.data.FlowSource;
import io.integra.flows.engine.FlowEngine;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.engine.Progress;
import java.util.Map;

/**
 * The distributed engine: Apache Spark reads and aggregates the file (local[*] by default, or
 * any master URL given as option {@code spark.master}); the index arithmetic after the group
 * aggregates is the shared pure Java of io.integra.flows.index.
 */
public final class SparkEngine implements FlowEngine {
  private final String master;

  public SparkEngine() { this(null); }

  private SparkEngine(String master) { this.master = master; }

  @Override
  public String id() { return "spark"; }

  @Override
  public FlowEngine configure(Map<String, String> options) {
    return new SparkEngine(options.getOrDefault("spark.master", master));
  }

  @Override
  public FlowSession open(FlowSource source, Progress progress) { return SparkSession.open(source, progress, master); }
}
