package io.integra.flows.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * The input layouts the loaders read (docs/flows.md, "Formats").
 *
 * <ul>
 *   <li>{@code dots}: IMF DOTS long CSV {@code reporter,partner,flow,year,value}, flow {@code X_FOB} read;</li>
 *   <li>{@code baci}: CEPII BACI {@code t,i,j,k,v,q} with numeric country codes, plus its country table;</li>
 *   <li>{@code comtrade}: UN Comtrade / IMF-style {@code reporter,partner,year,flow,value} rows, with
 *       Comtrade+ column names accepted ({@code refYear, reporterISO, partnerISO, flowCode, primaryValue});</li>
 *   <li>{@code undesa}: UN DESA origin x destination stocks, wide ({@code Year,Dest,<origin columns>});</li>
 *   <li>{@code dyadic}: generic {@code origin,destination,year,value}, CSV or Parquet.</li>
 * </ul>
 */
public enum FlowFormat {
  DOTS("dots", false), BACI("baci", false), COMTRADE("comtrade", false), UNDESA("undesa", true), DYADIC("dyadic", false);

  private final String id;
  private final boolean migration;

  FlowFormat(String id, boolean migration) {
    this.id = id;
    this.migration = migration;
  }

  public String id() { return id; }

  /** Whether the data are migrant stocks rather than trade. */
  public boolean migration() { return migration; }

  public static Optional<FlowFormat> byId(String id) { return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst(); }
}
