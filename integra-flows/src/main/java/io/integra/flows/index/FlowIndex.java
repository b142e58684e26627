package io.integra.flows.index;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The index ids of docs/flows.md and which kinds of record each produces. */
public enum FlowIndex {
  SHARE("share", true, false),
  INTENSITY("intensity", true, true),
  INTENSITY_KOJIMA("intensity-kojima", false, true),
  HOMOGENEOUS_INTENSITY("homogeneous-intensity", true, false),
  INTROVERSION("introversion", true, false),
  RA("ra", true, true),
  BALANCE("balance", false, true),
  HHI("hhi", true, true),
  HIRSCHMAN("hirschman", true, true),
  DEPENDENCE_ASYMMETRY("dependence-asymmetry", true, true),
  MIGRANT_INTENSITY("migrant-intensity", true, true),
  CLEARING_GROSS("clearing-gross", true, false),
  CLEARING_BILATERAL("clearing-bilateral", true, false),
  CLEARING_MULTILATERAL("clearing-multilateral", true, false),
  CLEARING_S_BILATERAL("clearing-s_bilateral", true, false),
  CLEARING_S_MULTILATERAL("clearing-s_multilateral", true, false),
  CLEARING_S_COMPENSATION("clearing-s_compensation", true, false);

  private final String id;
  private final boolean groupValue;
  private final boolean detail;

  FlowIndex(String id, boolean groupValue, boolean detail) {
    this.id = id;
    this.groupValue = groupValue;
    this.detail = detail;
  }

  public String id() { return id; }

  /** Whether the index has one value per group and year. */
  public boolean hasGroupValue() { return groupValue; }

  /** Whether the index also has values per dyad or per member. */
  public boolean hasDetail() { return detail; }

  /** Whether the index reads migration stocks rather than trade. */
  public boolean isMigration() { return this == MIGRANT_INTENSITY; }

  public static Optional<FlowIndex> byId(String id) {
    return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
  }

  public static List<String> ids() { return Arrays.stream(values()).map(FlowIndex::id).toList(); }
}
