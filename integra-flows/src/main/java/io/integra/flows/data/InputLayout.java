package io.integra.flows.data;

import java.util.List;

/**
 * The columns a file provides for each role, resolved once for all engines (docs/flows.md, "Formats").
 *
 * @param year        year column
 * @param origin      reporter / exporter / origin column
 * @param destination partner / importer / destination column (for {@code undesa}: the {@code Dest} column)
 * @param value       value column (null for the wide {@code undesa} layout)
 * @param flow        flow column, or null
 * @param flowValue   the flow code kept, or null
 * @param filters     extra equality filters (column, value) such as Comtrade's {@code cmdCode = TOTAL}
 * @param wideColumns for {@code undesa}: the origin columns to unpivot
 */
public record InputLayout(String year, String origin, String destination, String value, String flow, String flowValue,
                          List<String[]> filters, List<String> wideColumns) {

  /** Null tokens publishers print for "not available". */
  public static final List<String> NULL_TOKENS = List.of("", "..", "-", "NA", "n/a");

  public static InputLayout of(FlowSource src, Columns c) {
    return switch (src.format()) {
      case DOTS -> new InputLayout(c.require("year", "year"), c.require("reporter", "reporter"),
          c.require("partner", "partner"), c.require("value", "value"), c.require("flow", "flow"),
          src.flowOrDefault(), List.of(), List.of());
      case BACI -> new InputLayout(c.require("year", "t"), c.require("exporter", "i"), c.require("importer", "j"),
          c.require("value", "v"), null, null, List.of(), List.of());
      case COMTRADE -> {
        List<String[]> f = new java.util.ArrayList<>();
        c.find("cmdCode").ifPresent(col -> f.add(new String[] {col, "TOTAL"}));
        c.find("partner2Code").ifPresent(col -> f.add(new String[] {col, "0"}));
        c.find("motCode").ifPresent(col -> f.add(new String[] {col, "0"}));
        c.find("customsCode").ifPresent(col -> f.add(new String[] {col, "C00"}));
        yield new InputLayout(c.require("year", "year", "refYear", "period"),
            c.require("reporter", "reporter", "reporterISO", "reporterCode", "reporterDesc"),
            c.require("partner", "partner", "partnerISO", "partnerCode", "partnerDesc"),
            c.require("value", "value", "primaryValue", "TradeValue"),
            c.require("flow", "flow", "flowCode"), src.flowOrDefault(), List.copyOf(f), List.of());
      }
      case UNDESA -> {
        String y = c.require("year", "Year");
        String d = c.require("destination", "Dest");
        List<String> wide = c.header().stream().filter(h -> !h.equals(y) && !h.equals(d)).toList();
        if (wide.isEmpty()) throw new FlowDataException(src.data() + ":1: no origin columns after Year, Dest");
        yield new InputLayout(y, null, d, null, null, null, List.of(), wide);
      }
      case DYADIC -> new InputLayout(c.require("year", "year"), c.require("origin", "origin", "reporter", "exporter"),
          c.require("destination", "destination", "partner", "importer"), c.require("value", "value"),
          c.find("flow").orElse(null), src.flow(), List.of(), List.of());
    };
  }
}
