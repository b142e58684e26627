package io.integra.report.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a {@link Table} as RFC 4180 CSV with a header row (Jackson's CSV module quotes cells that
 * need it). Unknown values are empty cells, which R and pandas read as NA.
 */
public final class CsvTable {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvTable() { }

  public static String write(Table t) {
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String h : t.headers()) schema.addColumn(h);
    try {
      return MAPPER.writer(schema.build().withHeader().withLineSeparator("\n")).writeValueAsString(t.rows());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSV " + t.id(), e);
    }
  }
}
