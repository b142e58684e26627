package io.integra.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.integra.core.assess.CoverageTable;

/**
 * How the report serialises the coverage table: as {@code integra coverage --format json} does,
 * but without each case-year's per-criterion {@code basis} map, which would quadruple the page's
 * embedded data for a heatmap that shows counts (the CLI's JSON has it).
 */
public final class CoverageJson {
  private CoverageJson() { }

  @JsonIgnoreProperties({"basis"})
  private interface CellWithoutBasis { }

  /** Registers the mix-in on {@code mapper} and returns it. */
  public static ObjectMapper configure(ObjectMapper mapper) {
    return mapper.addMixIn(CoverageTable.Cell.class, CellWithoutBasis.class);
  }
}
