package io.integra.flows.engine;

import io.integra.flows.data.FlowSource;

/**
 * An engine that does the heavy part of the flow pipeline: read the file, normalise names,
 * aggregate dyads per year and the world and group sums (docs/flows.md, "Engines"). Engines are
 * found with {@link java.util.ServiceLoader}; the index arithmetic after that is shared.
 */
public interface FlowEngine {
  /** The id given to {@code --engine}. */
  String id();

  /**
   * Loads and aggregates {@code source}. Throws
   * {@link io.integra.flows.data.FlowDataException} on bad input.
   */
  FlowSession open(FlowSource source, Progress progress);

  /**
   * Engine options (e.g. {@code spark.master}); engines ignore keys they do not know.
   * Returns an engine that uses them.
   */
  default FlowEngine configure(java.util.Map<String, String> options) { return this; }
}
