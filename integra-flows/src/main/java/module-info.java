/**
 * Transaction-flow loaders and indices on DuckDB, and the {@code Measurer}. Engines are found with
 * {@link java.util.ServiceLoader} ({@code io.integra.flows.engine.FlowEngines}); on the class path
 * through {@code META-INF/services}, on the module path through {@code uses}/{@code provides}.
 */
module io.integra.flows {
  requires transitive io.integra.core;
  requires io.integra.qca; // calibration of measured values (Calibration.direct)
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires duckdb.jdbc;

  exports io.integra.flows; // indicators: CLI, bench
  exports io.integra.flows.country; // country codes: Spark engine, CLI
  exports io.integra.flows.csv; // CSV records: CLI (QCA data)
  exports io.integra.flows.data; // flow tables: Spark engine, CLI, bench
  exports io.integra.flows.duckdb; // the DuckDB engine: CLI, bench
  exports io.integra.flows.engine; // FlowEngine, FlowEngines: Spark engine, CLI, bench
  exports io.integra.flows.group; // groups of countries: CLI, bench
  exports io.integra.flows.index; // the indices: Spark engine, CLI, bench
  exports io.integra.flows.measure; // the Measurer: CLI, bench
  exports io.integra.flows.output; // index output: CLI

  opens io.integra.flows.measure to com.fasterxml.jackson.databind;
  opens io.integra.flows.output to com.fasterxml.jackson.databind;

  uses io.integra.flows.engine.FlowEngine;
  provides io.integra.flows.engine.FlowEngine with io.integra.flows.duckdb.DuckDbEngine;
}
