package io.integra.flows.duckdb;

import io.integra.flows.data.FlowSource;
import io.integra.flows.engine.FlowEngine;
import io.integra.flows.engine.FlowSession;
import io.integra.flows.engine.Progress;

/**
 * The default engine: embedded DuckDB reads the CSV or Parquet file itself, streaming, and
 * aggregates in its own (native, spilling) memory; only small result sets reach the Java heap.
 */
public final class DuckDbEngine implements FlowEngine {
  @Override
  public String id() { return "duckdb"; }

  @Override
  public FlowSession open(FlowSource source, Progress progress) { return DuckDbSession.open(source, progress); }
}
