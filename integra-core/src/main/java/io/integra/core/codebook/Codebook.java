package io.integra.core.codebook;

import java.util.List;
import java.util.Optional;

/**
 * The codebook: the ideal type as data (lenses, criteria, formulas, dimensions, scales), versioned
 * so that a study can cite exactly the codebook it used.
 */
public record Codebook(String id, String version, String title, String citation,
                       List<Lens> lenses, List<Dimension> dimensions, List<Scale> scales) {
  public Codebook {
    lenses = List.copyOf(lenses);
    dimensions = List.copyOf(dimensions);
    scales = List.copyOf(scales);
  }

  public Optional<Lens> lens(String id) { return lenses.stream().filter(l -> l.id().equals(id)).findFirst(); }

  public Optional<Dimension> dimension(String id) { return dimensions.stream().filter(d -> d.id().equals(id)).findFirst(); }

  public Optional<Scale> scale(String id) { return scales.stream().filter(s -> s.id().equals(id)).findFirst(); }

  public List<String> lensIds() { return lenses.stream().map(Lens::id).toList(); }
}
