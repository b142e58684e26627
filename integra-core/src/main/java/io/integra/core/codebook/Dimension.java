package io.integra.core.codebook;

import java.util.List;

/**
 * A dimension of integration (thesis §4.4.2): political, economic or social. The economic one
 * carries the ordered neofunctionalist ladder of stages.
 */
public record Dimension(String id, String name, String definition, String source, List<Stage> stages) {
  public Dimension { stages = List.copyOf(stages); }

  /** A rung of the ladder; {@code order} starts at 1 for the first stage. */
  public record Stage(String id, String name, int order, String definition) { }
}
