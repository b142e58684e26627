package io.integra.flows.data;

import java.nio.file.Path;

/**
 * A flow file and how to read it.
 *
 * @param data      the data file (CSV, optionally gzip-compressed, or Parquet for {@code dyadic})
 * @param format    its layout
 * @param countries BACI's country-code table (country_code, ..., iso3 column); null: look for
 *                  {@code country_codes*.csv} beside the data file
 * @param flow      the flow code to read where the file holds several ({@code X_FOB} for DOTS,
 *                  {@code X} for Comtrade); null for the default
 */
public record FlowSource(Path data, FlowFormat format, Path countries, String flow) {
  public FlowSource(Path data, FlowFormat format) { this(data, format, null, null); }

  public String flowOrDefault() {
    if (flow != null) return flow;
    return switch (format) {
      case DOTS -> "X_FOB";
      case COMTRADE -> "X";
      default -> null;
    };
  }

  public boolean parquet() { return data.getFileName().toString().toLowerCase().endsWith(".parquet"); }
}
