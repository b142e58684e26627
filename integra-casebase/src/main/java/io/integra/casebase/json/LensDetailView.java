package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import java.util.List;

/** One lens of a codebook ({@code integra codebook --lens L --format json}): codebook id and version, the lens, the dimensions. */
public record LensDetailView(String codebook, String version, @JsonUnwrapped CodebookView.LensView lens,
                             List<CodebookView.DimensionView> dimensions) {
  public static LensDetailView of(Codebook cb, Lens l) {
    return new LensDetailView(cb.id(), cb.version(), CodebookView.LensView.of(l), CodebookView.dimensions(cb));
  }
}
