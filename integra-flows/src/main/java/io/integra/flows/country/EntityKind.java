package io.integra.flows.country;

/**
 * What a publisher's row or column names. Only {@link #ECONOMY} enters dyads; the world row gives
 * totals; regional aggregates are never summed (they would count flows twice); unspecified
 * partners and historical entities count in world totals only (see docs/flows.md).
 */
public enum EntityKind {
  ECONOMY, WORLD, AGGREGATE, UNSPECIFIED, HISTORICAL;

  public static EntityKind parse(String s, String iso3) {
    if ("WLD".equals(iso3)) return WORLD;
    return switch (s) {
      case "economy" -> ECONOMY;
      case "aggregate" -> AGGREGATE;
      case "unspecified" -> UNSPECIFIED;
      case "historical" -> HISTORICAL;
      default -> throw new IllegalArgumentException("unknown kind " + s);
    };
  }

  /** Whether flows from or to this entity count in world totals. */
  public boolean inWorldTotals() { return this == ECONOMY || this == HISTORICAL || this == UNSPECIFIED; }
}
